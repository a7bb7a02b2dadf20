using Microsoft.AspNetCore.Authorization;
using MobilityPartnerships.Domain.Access;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>The requirement that the user may do one catalogued operation, asked through <see cref="IAuthorizationService"/>.</summary>
public sealed record OperationRequirement(Operation Operation) : IAuthorizationRequirement;
