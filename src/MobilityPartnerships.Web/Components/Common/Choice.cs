using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Components.Common;

public sealed record Choice(Guid Id, string Name);

public sealed record AreaChoice(Guid Id, string Name, Pillar Pillar);
