using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Presidencies;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// Loads the Member States with their membership dates and French names, the Council Presidency rotation and the thematic
/// areas from the files in ReferenceData/. Safe to run at every start: it adds only what is missing.
/// </summary>
internal sealed class ReferenceDataLoader(IDbContextFactory<AppDbContext> contexts, ILogger<ReferenceDataLoader> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var memberStates = await LoadMemberStatesAsync(db, cancellationToken);
        var terms = await LoadPresidencyTermsAsync(db, cancellationToken);
        var areas = await LoadThematicAreasAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (memberStates + terms + areas > 0)
        {
            logger.ReferenceDataLoaded(memberStates, terms, areas);
        }
    }

    /// <summary>
    /// Adds the Member States missing and gives those loaded before their French names (member-states-fr.csv, the EU's
    /// official short names in French) when they have none yet. member-states.csv stays the shared file unchanged.
    /// </summary>
    private static async Task<int> LoadMemberStatesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var known = await db.Organisations.Where(o => o.Kind == OrganisationKind.MemberState).ToListAsync(cancellationToken);
        var french = (await EmbeddedFile.ReadCsvAsync("member-states-fr.csv", cancellationToken)).ToDictionary(r => r["iso2"], r => r["name_fr"], StringComparer.Ordinal);
        var added = 0;
        foreach (var row in await EmbeddedFile.ReadCsvAsync("member-states.csv", cancellationToken))
        {
            var frenchName = french.GetValueOrDefault(row["iso2"]);
            if (known.Find(k => k.CountryCode == row["iso2"]) is { } memberState)
            {
                if (memberState.FrenchName is null && frenchName is not null)
                {
                    memberState.NameInFrench(frenchName);
                }

                continue;
            }

            var state = Organisation.MemberState(row["name"], row["iso2"], ParseDate(row["member_from"])!.Value, ParseDate(row["member_until"]));
            state.NameInFrench(frenchName);
            db.Organisations.Add(state);
            added++;
        }

        return added;
    }

    private static async Task<int> LoadPresidencyTermsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var known = await db.PresidencyTerms.Select(t => t.Start).ToListAsync(cancellationToken);
        var rows = await EmbeddedFile.ReadCsvAsync("council-presidencies.csv", cancellationToken);
        var terms = rows.Select(r => PresidencyTerm.Create(ParseDate(r["start"])!.Value, ParseDate(r["end"])!.Value, r["iso2"])).ToList();

        // Building the rotation checks that no two terms overlap before anything is stored.
        _ = new PresidencyRotation(terms);
        var missing = terms.Where(t => !known.Contains(t.Start)).ToList();
        db.PresidencyTerms.AddRange(missing);
        return missing.Count;
    }

    /// <summary>Adds the areas missing and gives the areas loaded before their French names when they have none yet.</summary>
    private static async Task<int> LoadThematicAreasAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var known = await db.ThematicAreas.ToListAsync(cancellationToken);
        var added = 0;
        foreach (var row in await EmbeddedFile.ReadCsvAsync("thematic-areas.csv", cancellationToken))
        {
            var pillar = Enum.Parse<Pillar>(row["pillar"]);
            if (known.Find(k => k.Pillar == pillar && k.Name == row["name"]) is { } area)
            {
                if (area.FrenchName is null)
                {
                    area.NameInFrench(row["name_fr"]);
                }

                continue;
            }

            db.ThematicAreas.Add(ThematicArea.Create(pillar, row["name"], row["source"], row["name_fr"]));
            added++;
        }

        return added;
    }

    private static DateOnly? ParseDate(string value) =>
        string.IsNullOrWhiteSpace(value) ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
