using System.Globalization;
using MobilityPartnerships.Domain.Presidencies;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>
/// Who holds the Council Presidency today (or held it on a day), from the same reference file the database is loaded from
/// (its terms and names are never edited, so the file is read once rather than the table on every page).
/// Holding it is never stored as a role: it follows the rotation day by day.
/// </summary>
public sealed class PresidencyCalendar(ProductCalendar days)
{
    private readonly Lazy<Task<Calendar>> calendar = new(LoadAsync);

    public async Task<string?> HolderTodayAsync() =>
        (await calendar.Value).Rotation.HolderOn(days.Today);

    /// <summary>
    /// The name of the Member State that held the Presidency on a day, in the page's language (as the reference files name
    /// it: member-states-fr.csv in French); null before the rotation's first term.
    /// </summary>
    public async Task<string?> HolderNameOnAsync(DateOnly day)
    {
        var known = await calendar.Value;
        if (known.Rotation.HolderOn(day) is not { } code)
        {
            return null;
        }

        return PageLanguage.IsFrench && known.FrenchNames.TryGetValue(code, out var french) ? french : known.Names.GetValueOrDefault(code, code);
    }

    private static async Task<Calendar> LoadAsync()
    {
        var rows = await EmbeddedFile.ReadCsvAsync("council-presidencies.csv", CancellationToken.None);
        var rotation = new PresidencyRotation(rows.Select(r => PresidencyTerm.Create(
            DateOnly.ParseExact(r["start"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(r["end"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r["iso2"])));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            names[row["iso2"]] = row["member_state"];
        }

        var french = (await EmbeddedFile.ReadCsvAsync("member-states-fr.csv", CancellationToken.None)).ToDictionary(r => r["iso2"], r => r["name_fr"], StringComparer.Ordinal);
        return new Calendar(rotation, names, french);
    }

    private sealed record Calendar(PresidencyRotation Rotation, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> FrenchNames);
}
