using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Scoreboards;

/// <summary>One line of the scoreboard. Init-only members (not a positional record) so that EF Core can sort on them in SQL.</summary>
public sealed record ScoreboardRow
{
    public Guid Id { get; init; }

    public string? ReferenceCode { get; init; }

    public string Title { get; init; } = string.Empty;

    public Pillar Pillar { get; init; }

    public string? Lead { get; init; }

    public InitiativeStatus Status { get; init; }

    public DateOnly? StartMonth { get; init; }

    public DateOnly? EndMonth { get; init; }

    public string? PeriodNote { get; init; }

    public string? Programmes { get; init; }

    public decimal TotalBudget { get; init; }

    public decimal EuContribution { get; init; }

    public string? Location { get; init; }
}
