using MobilityPartnerships.Domain.Scoreboards;

namespace MobilityPartnerships.Domain.Tests.Scoreboards;

/// <summary>
/// What the comparison compares, as the web project's catalogue of fields passes it (<c>InitiativeFields.ComparedReaders</c>,
/// which the domain cannot reach): every compared field read from a version, in <see cref="ComparedField"/> order.
/// </summary>
internal static class PublishedFields
{
    public static IReadOnlyList<ComparedFieldReader> Compared { get; } =
    [
        new(ComparedField.ReferenceCode, p => p.ReferenceCode),
        new(ComparedField.Title, p => p.Title),
        new(ComparedField.Summary, p => p.Summary),
        new(ComparedField.Pillar, p => p.Pillar),
        new(ComparedField.ThematicAreas, p => p.ThematicAreas),
        new(ComparedField.Priority, p => p.Priority, onlyWhereBothKept: true),
        new(ComparedField.Commitment, p => p.Commitment, onlyWhereBothKept: true),
        new(ComparedField.Lead, p => p.Lead),
        new(ComparedField.ResponsibleService, p => p.ResponsibleService),
        new(ComparedField.Partners, p => p.Partners),
        new(ComparedField.Status, p => p.Status),
        new(ComparedField.Novelty, p => p.Novelty),
        new(ComparedField.Period, p => new PeriodValue(p.StartMonth, p.EndMonth, p.PeriodNote)),
        new(ComparedField.Location, p => p.Location),
        new(ComparedField.Shareable, p => p.IsShareable),
        new(ComparedField.FundingLines, p => p.FundingLines),
        new(ComparedField.TotalBudget, p => p.TotalBudget),
        new(ComparedField.EuContribution, p => p.EuContribution),
    ];
}
