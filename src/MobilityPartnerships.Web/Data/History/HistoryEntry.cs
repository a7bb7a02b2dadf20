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

    /// <summary>How the change came when not through the app's pages: "Api" for a program with the user's token; null for the pages.</summary>
    public string? Via { get; set; }

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

    /// <summary>
    /// What the values are, so that they can be worded without the records they name: an enum's type name ("Pillar")
    /// when they are its codes, or the kind of record an id points at ("Organisation"). Null in entries written before
    /// it was kept; the reader then finds it from the field.
    /// </summary>
    public string? ValueType { get; set; }

    /// <summary>The name, at the time of the change, of the record <see cref="OldValue"/> points at.</summary>
    public string? OldName { get; set; }

    /// <summary>The name, at the time of the change, of the record <see cref="NewValue"/> points at.</summary>
    public string? NewName { get; set; }

    /// <summary>Which record of its aggregate it was, in words to come: the organisation of a participant or partner, a funding line's programme, a contact point's name.</summary>
    public string? RecordName { get; set; }

    /// <summary>The code saying what kind of record it was, as "Type.Code": "PartnerRole.Implementing", "FundingSourceKind.EuProgramme".</summary>
    public string? RecordKind { get; set; }

    /// <summary>Its place (from 1) among the records of its kind in its aggregate at the time, for records without a name of their own (funding lines).</summary>
    public int? RecordOrdinal { get; set; }
}
