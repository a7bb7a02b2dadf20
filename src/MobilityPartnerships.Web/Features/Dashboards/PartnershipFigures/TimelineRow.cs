using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

/// <summary>One bar of a dashboard's timeline: an initiative's implementation period, and whether it is late.</summary>
public sealed record TimelineRow(Guid Id, string Title, Pillar Pillar, DateOnly? StartMonth, DateOnly? EndMonth, InitiativeStatus Status, bool IsLate);
