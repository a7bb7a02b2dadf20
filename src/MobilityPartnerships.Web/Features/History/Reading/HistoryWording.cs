using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>
/// Turns the stored field-by-field entries of one save into sentences: "Status: Planned → Ongoing",
/// "Funding line 2 (AENEAS): total budget € 1,000.00 → € 1,200.50", "Participant Sweden: left on 1 July 2014".
/// Ids become the names the entry kept of the records as they were then, codes become their words in the reader's
/// language. Entries written before names were kept are worded from <paramref name="names"/> (today's names, or the
/// last the history knew) and their fields' types from <paramref name="valueTypes"/>. On a French page a kept name that is
/// still the record's English name reads as its French name (<paramref name="frenchNames"/>: "Diaspora et codéveloppement",
/// not "Diaspora and co-development"); a name kept from before a renaming stays as it was.
/// </summary>
public sealed partial class HistoryWording(
    IStringLocalizer<Strings> text,
    Moments moments,
    IReadOnlyDictionary<Guid, string> names,
    IReadOnlyDictionary<(string Record, string Field), string>? valueTypes = null,
    IReadOnlySet<(string Record, string Field)>? numbers = null,
    IReadOnlyDictionary<string, RecordParts>? parts = null,
    IReadOnlyDictionary<Guid, (string English, string French)>? frenchNames = null)
{
    private static readonly HashSet<string> Roots = [nameof(Initiative), nameof(Partnership)];
    private static readonly HashSet<string> Amounts = [nameof(FundingLine.TotalBudget), nameof(FundingLine.EuContribution)];

    // Entries written before their values' types were kept, and not found in the model.
    private static readonly Dictionary<(string Record, string Field), string> Legacy = new()
    {
        [(nameof(StatusChange), nameof(StatusChange.Status))] = nameof(PartnershipStatus),
        [(nameof(ProgressUpdate), nameof(ProgressUpdate.Rating))] = nameof(ProgressRating),
    };

    public IReadOnlyList<string> Lines(IReadOnlyList<HistoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var lines = new List<string>();
        foreach (var record in AsParts(entries).GroupBy(e => (e.RecordType, e.RecordId, e.Action)))
        {
            KnownToTheMonth(record);
            var (type, _, action) = record.Key;
            var isRoot = Roots.Contains(type) || record.First().RecordId is null;
            if (action == HistoryAction.Changed)
            {
                lines.AddRange(record.OrderBy(e => isRoot ? int.MaxValue : PartOrder(e)).Select(e => isRoot
                    ? text["History_Changed", FieldLabel(e.RecordType, e.Field), OldValue(e), NewValue(e)].Value
                    : text["History_RecordChanged", Title(e), Lowered(FieldLabel(e.RecordType, e.Field)), OldValue(e), NewValue(e)].Value));
            }
            else if (isRoot && action == HistoryAction.Added && Roots.Contains(type))
            {
                var name = record.FirstOrDefault(e => e.Field is "Title" or "Name")?.NewValue ?? string.Empty;
                lines.Add(text[$"History_Created_{type}", name]);
            }
            else
            {
                var added = action == HistoryAction.Added;
                var summary = string.Join(", ", Summary(record.Where(e => !IsDetail(e) && (added ? e.NewValue : e.OldValue) is not null).OrderBy(PartOrder).ToList(), added));
                lines.Add(text[added ? "History_RecordAdded" : "History_RecordRemoved", Heading(record.First()), summary]);
            }
        }

        return lines;
    }

    /// <summary>
    /// An added or removed record's parts, in its declared order, each with its label in the reader's language ("period
    /// 1 April 2026 – 30 June 2026, value 1,000, reported by …"): a period's start and end read as one range. A record
    /// whose only part is what it is (a thematic area, an assignment's user) reads as that value alone.
    /// </summary>
    private IEnumerable<string> Summary(List<HistoryEntry> record, bool added)
    {
        var alone = record.Count == 1 && parts?.GetValueOrDefault(record[0].RecordType) is { OwnedBy: null } declared
            && declared.Parts.Count(field => !IsDetail(record[0].RecordType, field)) == 1;
        for (var at = 0; at < record.Count; at++)
        {
            var entry = record[at];
            var value = added ? NewValue(entry) : OldValue(entry);
            if (alone)
            {
                yield return value;
            }
            else if (Range(entry) is { } range && at + 1 < record.Count && record[at + 1].Field == range.End)
            {
                var end = added ? NewValue(record[at + 1]) : OldValue(record[at + 1]);
                yield return text["History_Part_Range", Lowered(FieldLabel(entry.RecordType, range.Name)), value, end];
                at++;
            }
            else
            {
                yield return text["History_Part", Lowered(FieldLabel(entry.RecordType, entry.Field)), value];
            }
        }
    }

    /// <summary>The range a part starts ("PeriodStart" starts the "Period" ending at "PeriodEnd"), when the range has a label of its own.</summary>
    private (string Name, string End)? Range(HistoryEntry entry)
    {
        const string Start = "Start";
        if (!entry.Field.EndsWith(Start, StringComparison.Ordinal) || entry.Field.Length == Start.Length)
        {
            return null;
        }

        var name = entry.Field[..^Start.Length];
        return text[$"History_Field_{name}"].ResourceNotFound ? null : (name, name + "End");
    }

    /// <summary>A part's place in its record as its type declares it (start before end); in the order written for a record the model does not know.</summary>
    private int PartOrder(HistoryEntry entry) =>
        parts?.GetValueOrDefault(entry.RecordType)?.PlaceOf(entry.Field) ?? int.MaxValue;

    /// <summary>
    /// The entries of one save with each owned value's (an implementation period's) as the changes of its parts, in their
    /// order: its owner given a new one was kept, before it was kept as such, as the whole value removed and the whole value
    /// added. The value comes and goes only with its owner; then its parts are what was added or removed.
    /// </summary>
    private IEnumerable<HistoryEntry> AsParts(IReadOnlyList<HistoryEntry> entries)
    {
        if (parts is null || !entries.Any(e => IsOwnedValue(e.RecordType)))
        {
            return entries;
        }

        var worded = new List<HistoryEntry>();
        var done = new HashSet<(string, string?)>();
        foreach (var entry in entries)
        {
            if (parts.GetValueOrDefault(entry.RecordType) is not { OwnedBy: { } owner } owned)
            {
                worded.Add(entry);
                continue;
            }

            if (!done.Add((entry.RecordType, entry.RecordId)))
            {
                continue;
            }

            var value = entries.Where(e => e.RecordType == entry.RecordType && e.RecordId == entry.RecordId).ToList();
            var withOwner = entries.Where(e => e.RecordType == owner && e.Action != HistoryAction.Changed).Select(e => e.Action).ToHashSet();
            var comesOrGoes = value.Where(e => withOwner.Contains(e.Action)).OrderBy(e => e.Action).ThenBy(PartOrder).ToList();
            worded.AddRange(comesOrGoes);
            worded.AddRange(Changes(value.Except(comesOrGoes).ToList(), owned));
        }

        return worded;
    }

    private bool IsOwnedValue(string recordType) => parts?.GetValueOrDefault(recordType)?.OwnedBy is not null;

    /// <summary>An owned value's entries of one save as one change per part whose value differs, in the value's order.</summary>
    private static IEnumerable<HistoryEntry> Changes(List<HistoryEntry> value, RecordParts owned)
    {
        foreach (var field in value.Select(e => e.Field).Distinct(StringComparer.Ordinal).OrderBy(owned.PlaceOf))
        {
            var ofField = value.Where(e => e.Field == field).ToList();
            var before = ofField.Find(e => e.Action != HistoryAction.Added);
            var after = ofField.FindLast(e => e.Action != HistoryAction.Removed);
            var (oldValue, oldName) = before is null ? (null, null) : (before.OldValue, before.OldName);
            var (newValue, newName) = after is null ? (null, null) : (after.NewValue, after.NewName);
            if (oldValue == newValue)
            {
                continue;
            }

            var like = before ?? after!;
            yield return new HistoryEntry
            {
                Id = like.Id,
                ChangeSetId = like.ChangeSetId,
                OccurredAt = like.OccurredAt,
                UserName = like.UserName,
                Via = like.Via,
                AggregateType = like.AggregateType,
                AggregateId = like.AggregateId,
                RecordType = like.RecordType,
                RecordId = like.RecordId,
                Action = HistoryAction.Changed,
                Field = field,
                OldValue = oldValue,
                NewValue = newValue,
                ValueType = like.ValueType,
                OldName = oldName,
                NewName = newName,
                RecordName = like.RecordName,
                RecordKind = like.RecordKind,
                RecordOrdinal = like.RecordOrdinal,
            };
        }
    }

    // Details a reader does not need in a summary: precision flags, the link to the record the page is about, the author (shown as "by"),
    // the moment a progress update was posted or an agenda item proposed (the entry's own time),
    // and a commitment's place in its list, which only orders the list (kept from 0, it read "Legal migration, 0, …").
    private static bool IsDetail(HistoryEntry entry) => IsDetail(entry.RecordType, entry.Field);

    private static bool IsDetail(string record, string field) =>
        field is "Precision" or "SignedOnPrecision" or "JoinedOnPrecision" or "InitiativeId" or "PartnershipId" or "MeetingId" or "AuthorName" or "PostedAt"
        || (record == "AgendaItem" && field == "ProposedAt")
        || (record == "Commitment" && field == "Position");

    /// <summary>Which record changed: "Funding line 2 (AENEAS)", "Participant Sweden", "Partner IOM (implementing partner)".</summary>
    private string Title(HistoryEntry entry)
    {
        var label = RecordLabel(entry.RecordType);
        var name = RecordName(entry);
        if (HistoryReferences.IsCounted(entry.RecordType))
        {
            var what = name ?? KindWords(entry);
            return (entry.RecordOrdinal, what) switch
            {
                ({ } place, { } words) => text["History_Record_CountedNamed", label, place, words],
                ({ } place, null) => text["History_Record_Counted", label, place],
                (null, { } words) => text["History_Record_Described", label, words],
                _ => label,
            };
        }

        if (name is null)
        {
            return label;
        }

        // The kind is told only where it is part of what the record is (an organisation may be a partner twice, in two roles).
        return KindWords(entry) is { } kind && KindIsKey(entry)
            ? text["History_Record_NamedWithKind", label, name, Lowered(kind)]
            : text["History_Record_Named", label, name];
    }

    /// <summary>An added or removed record: "Funding line 2", or its label when its values say the rest.</summary>
    private string Heading(HistoryEntry entry)
    {
        var label = RecordLabel(entry.RecordType);
        return HistoryReferences.IsCounted(entry.RecordType) && entry.RecordOrdinal is { } place ? text["History_Record_Counted", label, place] : label;
    }

    /// <summary>The record's name as kept, or for an entry written before names were kept, found from its key.</summary>
    private string? RecordName(HistoryEntry entry)
    {
        if (entry.RecordName is { Length: > 0 } kept)
        {
            return entry.RecordId?.Split(',').Select(part => Guid.TryParse(part, out var id) ? InFrench(id, kept) : null).FirstOrDefault(n => n is not null) ?? kept;
        }

        return entry.RecordId?.Split(',').Select(part => Guid.TryParse(part, out var id) ? Today(id) : null).FirstOrDefault(n => n is not null);
    }

    /// <summary>Today's name of the record <paramref name="id"/> points at, for an entry written before names were kept, in the page's language.</summary>
    private string? Today(Guid id) => names.GetValueOrDefault(id) is { } name ? InFrench(id, name) ?? name : null;

    /// <summary>The French name of the record <paramref name="id"/> points at, when <paramref name="kept"/> is still its English name.</summary>
    private string? InFrench(Guid id, string kept) =>
        frenchNames?.GetValueOrDefault(id) is { English: var english, French: var french } && string.Equals(english, kept, StringComparison.Ordinal) ? french : null;

    private string? KindWords(HistoryEntry entry)
    {
        var kind = entry.RecordKind?.Split('.', 2);
        return kind is [var type, var code] ? Code(type, code) : null;
    }

    private static bool KindIsKey(HistoryEntry entry) =>
        entry.RecordKind?.Split('.', 2) is [_, var code] && entry.RecordId?.Split(',').Contains(code, StringComparer.Ordinal) == true;

    private string RecordLabel(string type) => Localised($"History_Record_{type}", type);

    private string FieldLabel(string record, string field) =>
        FieldLabelKeys(record, field).Select(key => text[key]).FirstOrDefault(found => !found.ResourceNotFound)?.Value ?? Humanise(field);

    /// <summary>
    /// The texts that may label a record's field, the first found wins: an initiative's field as its catalogue says, the
    /// field of this record where its name means something of its own ("History_Field_AgendaItem_Note", a proposer's note,
    /// not a timing note), then the field by its name.
    /// </summary>
    public static IEnumerable<string> FieldLabelKeys(string record, string field)
    {
        if (InitiativeFields.HistoryLabelKey(record, field) is { } catalogued)
        {
            yield return catalogued;
        }

        yield return $"History_Field_{record}_{field}";
        yield return $"History_Field_{field}";
    }

    private string Localised(string key, string fallback)
    {
        var found = text[key];
        return found.ResourceNotFound ? Humanise(fallback) : found.Value;
    }

    private string OldValue(HistoryEntry entry) => Value(entry, entry.OldValue, entry.OldName, monthOld.Contains(entry));

    private string NewValue(HistoryEntry entry) => Value(entry, entry.NewValue, entry.NewName, monthNew.Contains(entry));

    // The dates of a record whose precision says "a month" ("June 2008", stored as its first day), before and after a change.
    private readonly HashSet<HistoryEntry> monthOld = [];
    private readonly HashSet<HistoryEntry> monthNew = [];

    /// <summary>
    /// Marks the dates of one record that its precision entry ("Precision" of a status change, "SignedOnPrecision" of a
    /// partnership, "JoinedOnPrecision" of a participant) gives as a month, on each side of the change: they read
    /// "June 2008", not "1 June 2008".
    /// </summary>
    private void KnownToTheMonth(IEnumerable<HistoryEntry> record)
    {
        var entries = record.ToList();
        foreach (var (precisionField, dateField) in PreciseDates)
        {
            if (entries.Find(e => e.Field == precisionField) is { } precision)
            {
                Mark(precision, entries.Where(e => e.Field == dateField));
            }
        }
    }

    // Which field says how precisely which date of the same record is known.
    private static readonly (string Precision, string Date)[] PreciseDates =
        [("Precision", "On"), ("SignedOnPrecision", "SignedOn"), ("JoinedOnPrecision", "JoinedOn")];

    private void Mark(HistoryEntry precision, IEnumerable<HistoryEntry> dates)
    {
        foreach (var date in dates)
        {
            if (precision.OldValue == nameof(DatePrecision.Month))
            {
                monthOld.Add(date);
            }

            if (precision.NewValue == nameof(DatePrecision.Month))
            {
                monthNew.Add(date);
            }
        }
    }

    private string Value(HistoryEntry entry, string? value, string? keptName, bool month)
    {
        if (value is null)
        {
            return text["History_None"];
        }

        var type = entry.ValueType ?? valueTypes?.GetValueOrDefault((entry.RecordType, entry.Field)) ?? Legacy.GetValueOrDefault((entry.RecordType, entry.Field));
        if (type is not null && !HistoryReferences.Named.Contains(type))
        {
            return Code(type, value);
        }

        if (Guid.TryParse(value, out var id))
        {
            return (keptName is null ? null : InFrench(id, keptName)) ?? keptName ?? Today(id) ?? Unknown(type);
        }

        if (Amounts.Contains(entry.Field) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return Display.Euro(amount);
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return month || entry.Field.Contains("Month", StringComparison.Ordinal) ? text.Month(date) : text.Day(date);
        }

        // A moment as the recorder keeps it (round-trip ISO 8601), said as the pages say moments.
        if (DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return moments.At(moment);
        }

        if (numbers?.Contains((entry.RecordType, entry.Field)) == true && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString("#,##0.####", CultureInfo.CurrentCulture);
        }

        return value switch
        {
            "True" => text["Common_Yes"],
            "False" => text["Common_No"],
            _ => value,
        };
    }

    /// <summary>A record neither the entry nor the history names any more: "an organisation since removed".</summary>
    private string Unknown(string? type)
    {
        var found = text[$"History_Unknown_{type}"];
        return found.ResourceNotFound ? text["History_UnknownRecord"] : found.Value;
    }

    /// <summary>A stored code in words: "Pillar.MigrationAndDevelopment" reads "Migration and development", never its code.</summary>
    private string Code(string type, string code) => text.Code(type, code);

    /// <summary>A label inside a sentence: "Total budget" becomes "total budget", "EU contribution" stays.</summary>
    private static string Lowered(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1])
            ? char.ToLower(label[0], CultureInfo.CurrentCulture) + label[1..]
            : label;

    private static string Humanise(string name)
    {
        var words = Words().Replace(name, " $1").Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();
}
