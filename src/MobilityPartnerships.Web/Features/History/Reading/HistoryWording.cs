using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>
/// Turns the stored field-by-field entries of one save into sentences: "Status: Planned → Ongoing",
/// "Partner added: Sweden, implementing partner". Ids become names, codes become their words.
/// </summary>
public sealed partial class HistoryWording(IStringLocalizer<Strings> text, IReadOnlyDictionary<Guid, string> names)
{
    private static readonly HashSet<string> Roots = [nameof(Initiative), nameof(Partnership)];
    private static readonly HashSet<string> Amounts = [nameof(FundingLine.TotalBudget), nameof(FundingLine.EuContribution)];

    private static readonly Dictionary<(string Record, string Field), Type> Enums = new()
    {
        [(nameof(Initiative), nameof(Initiative.Status))] = typeof(InitiativeStatus),
        [(nameof(Initiative), nameof(Initiative.Pillar))] = typeof(Pillar),
        [(nameof(Initiative), nameof(Initiative.Novelty))] = typeof(Novelty),
        [(nameof(InitiativePartner), nameof(InitiativePartner.Role))] = typeof(PartnerRole),
        [(nameof(FundingLine), nameof(FundingLine.SourceKind))] = typeof(FundingSourceKind),
        [(nameof(Partnership), nameof(Partnership.Status))] = typeof(PartnershipStatus),
        [(nameof(Partnership), nameof(Partnership.Kind))] = typeof(PartnershipKind),
        [(nameof(StatusChange), nameof(StatusChange.Status))] = typeof(PartnershipStatus),
        [(nameof(Participant), nameof(Participant.Basis))] = typeof(ParticipationBasis),
        [(nameof(ProgressUpdate), nameof(ProgressUpdate.Rating))] = typeof(ProgressRating),
    };

    public IReadOnlyList<string> Lines(IReadOnlyList<HistoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var lines = new List<string>();
        foreach (var record in entries.GroupBy(e => (e.RecordType, e.RecordId, e.Action)))
        {
            var (type, _, action) = record.Key;
            var isRoot = Roots.Contains(type);
            if (action == HistoryAction.Changed)
            {
                lines.AddRange(record.Select(e => Prefix(type, isRoot) + text["History_Changed", FieldLabel(e.RecordType, e.Field), Value(e, e.OldValue), Value(e, e.NewValue)]));
            }
            else if (isRoot && action == HistoryAction.Added)
            {
                var name = record.FirstOrDefault(e => e.Field is "Title" or "Name")?.NewValue ?? string.Empty;
                lines.Add(text[$"History_Created_{type}", name]);
            }
            else
            {
                var summary = string.Join(", ", record.Where(e => !IsDetail(e) && (action == HistoryAction.Added ? e.NewValue : e.OldValue) is not null)
                    .OrderBy(e => SummaryOrder.IndexOf(e.Field) is var at and >= 0 ? at : SummaryOrder.Count)
                    .Select(e => Part(e, action == HistoryAction.Added ? e.NewValue : e.OldValue)));
                lines.Add(text[action == HistoryAction.Added ? "History_RecordAdded" : "History_RecordRemoved", RecordLabel(type), summary]);
            }
        }

        return lines;
    }

    // The order in which a reader expects a record's values: what it is first, amounts last.
    private static readonly List<string> SummaryOrder =
        ["Rating", "ReportedOn", "Narrative", "OrganisationId", "ThematicAreaId", "Name", "Role", "Basis", "SourceKind", "Programme", "ContributorId", "Status", "On", "JoinedOn", "LeftOn", "TotalBudget", "EuContribution"];

    private string Part(HistoryEntry entry, string? value) =>
        Amounts.Contains(entry.Field) ? $"{FieldLabel(entry.RecordType, entry.Field)} {Value(entry, value)}" : Value(entry, value);

    // Details a reader does not need in a summary: precision flags, the link to the record the page is about, the author (shown as "by").
    private static bool IsDetail(HistoryEntry entry) => entry.Field is "Precision" or "SignedOnPrecision" or "InitiativeId" or "PartnershipId" or "AuthorName";

    private string Prefix(string type, bool isRoot) =>
        isRoot || type == nameof(ImplementationPeriod) ? string.Empty : RecordLabel(type) + " · ";

    private string RecordLabel(string type) => Localised($"History_Record_{type}", type);

    // An initiative's fields are labelled as its catalogue says; the other records' fields by their names.
    private string FieldLabel(string record, string field) => Localised(InitiativeFields.HistoryLabelKey(record, field) ?? $"History_Field_{field}", field);

    private string Localised(string key, string fallback)
    {
        var found = text[key];
        return found.ResourceNotFound ? Humanise(fallback) : found.Value;
    }

    private string Value(HistoryEntry entry, string? value)
    {
        if (value is null)
        {
            return text["History_None"];
        }

        if (Enums.TryGetValue((entry.RecordType, entry.Field), out var enumType) && Enum.TryParse(enumType, value, out var parsed))
        {
            return text[$"{enumType.Name}_{parsed}"];
        }

        if (Guid.TryParse(value, out var id))
        {
            return names.TryGetValue(id, out var name) ? name : text["History_UnknownRecord"];
        }

        if (Amounts.Contains(entry.Field) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return Display.Euro(amount);
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return entry.Field.Contains("Month", StringComparison.Ordinal) ? text.Month(date) : text.Day(date);
        }

        return value switch
        {
            "True" => text["Common_Yes"],
            "False" => text["Common_No"],
            _ => value,
        };
    }

    private static string Humanise(string name)
    {
        var words = Words().Replace(name, " $1").Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();
}
