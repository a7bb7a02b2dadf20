using System.Globalization;
using System.Text;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

/// <summary>
/// The header each column is written with, the other headers it is recognised by, and the order of an
/// exported sheet. Headers are compared without case, accents, punctuation or spacing.
/// </summary>
public static class InitiativeColumns
{
    // The columns of the texts an initiative keeps on its own row come from the catalogue of its fields, after these.
    private static readonly Dictionary<InitiativeColumn, (string Header, IReadOnlyList<string> Aliases)> Catalogue = new Dictionary<InitiativeColumn, (string Header, IReadOnlyList<string> Aliases)>
    {
        [InitiativeColumn.ReferenceCode] = ("Reference code", ["Reference", "Ref", "Ref.", "Code", "Project number", "Contract number", "Decision number"]),
        [InitiativeColumn.Title] = ("Title", ["Project name", "Project", "Initiative", "Name", "Project title", "Action"]),
        [InitiativeColumn.Summary] = ("Summary", ["Description", "Objectives", "Objective", "Short description", "Activities"]),
        [InitiativeColumn.Pillar] = ("Pillar", ["Area", "Priority area"]),
        [InitiativeColumn.ThematicAreas] = ("Thematic areas", ["Thematic area", "Themes", "Theme"]),
        [InitiativeColumn.Lead] = ("Lead", ["Lead partner", "Lead country", "Leading Member State", "Lead Member State", "Proposed by"]),
        [InitiativeColumn.Partners] = ("Partners", ["Participating partners", "Participating Member States", "Participants", "Other partners"]),
        [InitiativeColumn.ImplementingPartners] = ("Implementing partners", ["Implementing partner", "Implementing organisation", "Implementing agency", "Implementer"]),
        [InitiativeColumn.ResponsibleService] = ("Responsible service", ["Responsible DG", "Responsible DG/Del", "Responsible DG / Delegation", "DG", "Service"]),
        [InitiativeColumn.Period] = ("Implementation period", ["Period", "Timing", "Timeframe", "Time frame", "Duration and timing"]),
        [InitiativeColumn.StartMonth] = ("Start", ["Start date", "Start month", "From"]),
        [InitiativeColumn.EndMonth] = ("End", ["End date", "End month", "Until", "To"]),
        [InitiativeColumn.DurationMonths] = ("Duration (months)", ["Duration", "Months"]),
        [InitiativeColumn.PeriodNote] = ("Period note", ["Note on timing", "Timing note"]),
        [InitiativeColumn.AnnouncedStartMonth] = ("Announced start", ["Announced start month", "Start as announced", "Planned start"]),
        [InitiativeColumn.AnnouncedEndMonth] = ("Announced end", ["Announced end month", "End as announced", "Planned end"]),
        [InitiativeColumn.Status] = ("Status", ["State", "Stage", "Implementation status"]),
        [InitiativeColumn.Novelty] = ("New or already planned", ["Novelty", "New/planned", "New initiative"]),
        [InitiativeColumn.Location] = ("Location", ["Place", "Country", "Region", "Where"]),
        [InitiativeColumn.Shareable] = ("Shareable beyond the partnership", ["Shareable", "May be shared", "Public"]),
        [InitiativeColumn.FundingSource] = ("Funding source", ["Source of funding", "Funding type"]),
        [InitiativeColumn.FundingProgramme] = ("Funding programme", ["Programme", "Funding", "Financial instrument", "Budget line"]),
        [InitiativeColumn.Contributor] = ("Contributor", ["Funded by", "Donor", "Contributing organisation"]),
        [InitiativeColumn.BudgetAndEuContribution] = ("Budget/EC contribution", ["Budget / EU contribution", "Budget and EU contribution", "Budget/EU contribution", "Budget/EC contribution (EUR)"]),
        [InitiativeColumn.TotalBudget] = ("Total budget", ["Budget", "Total cost", "Total budget (EUR)", "Amount", "Cost"]),
        [InitiativeColumn.EuContribution] = ("EU contribution", ["EC contribution", "EU grant", "EU funding", "EU contribution (EUR)", "EC grant"]),
        [InitiativeColumn.Priority] = ("Partner-country priority", ["Priority", "Partner country priority", "Country priority", "Priority served"]),
        [InitiativeColumn.Commitment] = ("Commitment", ["Commitment carried out", "Joint declaration commitment", "Commitment of the joint declaration"]),
    }
        .Concat(InitiativeFields.StoredTexts.Select(s => KeyValuePair.Create(s.Column, (s.Header, s.Aliases))))
        .ToDictionary();

    private static readonly Dictionary<string, InitiativeColumn> ByHeader = BuildLookup();

    /// <summary>The columns of an exported sheet, in order: every stored field once, none of the combined ones.</summary>
    public static IReadOnlyList<InitiativeColumn> Exported { get; } =
    [
        InitiativeColumn.ReferenceCode, InitiativeColumn.Title, InitiativeColumn.Pillar, InitiativeColumn.ThematicAreas,
        InitiativeColumn.Lead, InitiativeColumn.Partners, InitiativeColumn.ImplementingPartners, InitiativeColumn.ResponsibleService,
        InitiativeColumn.StartMonth, InitiativeColumn.EndMonth, InitiativeColumn.DurationMonths, InitiativeColumn.PeriodNote,
        InitiativeColumn.AnnouncedStartMonth, InitiativeColumn.AnnouncedEndMonth,
        InitiativeColumn.Status, InitiativeColumn.Novelty, InitiativeColumn.Location, InitiativeColumn.Shareable,
        InitiativeColumn.Priority, InitiativeColumn.Commitment,
        InitiativeColumn.FundingSource, InitiativeColumn.FundingProgramme, InitiativeColumn.Contributor,
        InitiativeColumn.TotalBudget, InitiativeColumn.EuContribution, InitiativeColumn.Summary,
        .. InitiativeFields.StoredTexts.Select(s => s.Column),
    ];

    public static string HeaderOf(InitiativeColumn column) => Catalogue[column].Header;

    /// <summary>The column a header names, or null when it names none of them.</summary>
    public static InitiativeColumn? Recognise(string? header) =>
        header is not null && ByHeader.TryGetValue(Normalise(header), out var column) ? column : null;

    /// <summary>Lower case, accents removed, only letters and digits: "Budget/EC contribution" and "budget ec contribution" compare equal.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, InitiativeColumn> BuildLookup()
    {
        var lookup = new Dictionary<string, InitiativeColumn>();
        foreach (var (column, (header, aliases)) in Catalogue)
        {
            foreach (var name in aliases.Prepend(header))
            {
                if (!lookup.TryAdd(Normalise(name), column) && lookup[Normalise(name)] != column)
                {
                    throw new InvalidOperationException($"The header '{name}' names two columns.");
                }
            }
        }

        return lookup;
    }
}
