using System.Globalization;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.IntegrationTests.OpenData;

/// <summary>
/// The rules of the IATI standard ruleset (IATI-Rulesets, standard.json) that the schema cannot express, as they apply
/// to what the export writes: a start date, identifiers and references without <c>/ &amp; | ?</c> or spaces and
/// prefixed by the reporting organisation, budget periods in order and of at most one year, percentages adding up to 100
/// per vocabulary, a name or reference for each organisation, and identifiers unique in the file.
/// </summary>
internal static partial class IatiRules
{
    public static IReadOnlyList<string> BrokenBy(IatiFile file)
    {
        var broken = new List<string>();
        var activities = file.Activities;
        foreach (var duplicate in activities.GroupBy(a => a.Identifier).Where(g => g.Count() > 1))
        {
            broken.Add($"{duplicate.Key}: identifier used {duplicate.Count()} times");
        }

        foreach (var activity in activities)
        {
            var id = activity.Identifier;
            if (!activity.Dates.Any(d => d.Type is "1" or "2"))
            {
                broken.Add($"{id}: no start date");
            }

            if (Forbidden().IsMatch(id) || !id.StartsWith(activity.ReportingOrg.Ref + "-", StringComparison.Ordinal))
            {
                broken.Add($"{id}: identifier has a forbidden character or lacks the reporting organisation's prefix");
            }

            if (activity.Organisations.Any(o => o.Ref is { } reference && Forbidden().IsMatch(reference)))
            {
                broken.Add($"{id}: organisation reference with a forbidden character");
            }

            if (activity.Organisations.Any(o => o.Ref is null && o.Name.Length == 0))
            {
                broken.Add($"{id}: organisation with neither reference nor name");
            }

            foreach (var budget in activity.Budgets)
            {
                var start = DateOnly.ParseExact(budget.PeriodStart!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var end = DateOnly.ParseExact(budget.PeriodEnd!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (end < start || end >= start.AddYears(1))
                {
                    broken.Add($"{id}: budget {start}–{end} is out of order or longer than a year");
                }
            }

            foreach (var vocabulary in activity.Sectors.GroupBy(s => s.Vocabulary))
            {
                if (vocabulary.Sum(s => decimal.Parse(s.Percentage!, CultureInfo.InvariantCulture)) != 100m)
                {
                    broken.Add($"{id}: sectors of vocabulary {vocabulary.Key} do not add up to 100 %");
                }
            }

            if (activity.RecipientCountries.Count > 0 && activity.RecipientCountries.Sum(c => decimal.Parse(c.Percentage!, CultureInfo.InvariantCulture)) != 100m)
            {
                broken.Add($"{id}: recipient countries do not add up to 100 %");
            }
        }

        return broken;
    }

    [GeneratedRegex(@"[/&|?\s]")]
    private static partial Regex Forbidden();
}
