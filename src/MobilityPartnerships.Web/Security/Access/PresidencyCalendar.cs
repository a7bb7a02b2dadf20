using System.Globalization;
using MobilityPartnerships.Domain.Presidencies;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>
/// Who holds the Council Presidency today, from the same reference file the database is loaded from.
/// Holding it is never stored as a role: it follows the rotation day by day.
/// </summary>
public sealed class PresidencyCalendar(TimeProvider clock)
{
    private readonly Lazy<Task<PresidencyRotation>> rotation = new(LoadAsync);

    public async Task<string?> HolderTodayAsync() =>
        (await rotation.Value).HolderOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    private static async Task<PresidencyRotation> LoadAsync()
    {
        var rows = await EmbeddedFile.ReadCsvAsync("council-presidencies.csv", CancellationToken.None);
        return new PresidencyRotation(rows.Select(r => PresidencyTerm.Create(
            DateOnly.ParseExact(r["start"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(r["end"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r["iso2"])));
    }
}
