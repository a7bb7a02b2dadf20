using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Writing;

/// <summary>What applying a change is given: the loaded target (tracked), the context that will save it, and the acting user.</summary>
public sealed record Change<TTarget>(TTarget Target, AppDbContext Db, Actor Actor)
    where TTarget : class;
