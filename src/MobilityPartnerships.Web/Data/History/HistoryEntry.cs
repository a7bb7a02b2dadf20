namespace MobilityPartnerships.Web.Data.History;

/// <summary>
/// One field of one record changed by one save: who, when, which record of which aggregate, and the old and
/// new value. Written in the same transaction as the change; never updated or deleted.
/// </summary>
public sealed class HistoryEntry
{
    public long Id { get; init; }

    /// <summary>All entries of one save share it.</summary>
    public Guid ChangeSetId { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>The aggregate the change belongs to, e.g. "Initiative" for a change to one of its funding lines.</summary>
    public required string AggregateType { get; init; }

    public required string AggregateId { get; init; }

    /// <summary>The record that changed, e.g. "FundingLine".</summary>
    public required string RecordType { get; init; }

    /// <summary>Which record of that type, so that the fields of one funding line or partner read together.</summary>
    public string? RecordId { get; init; }

    public required HistoryAction Action { get; init; }

    public required string Field { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }
}
