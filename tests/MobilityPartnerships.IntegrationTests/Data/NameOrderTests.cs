using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Features.Organisations.Listing;

namespace MobilityPartnerships.IntegrationTests.Data;

/// <summary>
/// Names are listed as a reader expects them, in French as in English: by letter first, whatever the case and accents
/// (<see cref="NameOrder"/>). The database sorts on <c>NameOrder.Key</c> in ICU's order, not the C order its columns have,
/// which listed "Égypte" after "Zambie"; and it agrees with the order lists are sorted in memory.
/// </summary>
public sealed class NameOrderTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly string[] Names =
    [
        "Zambie", "Égypte", "Egypte", "egypte", "État de Palestine", "Zone franche", "eau", "Eau", "Œuvre", "oeuvre", "Delta",
        "de Vries", "Ærø", "Saint-Denis", "Saint Denis", "Sainte-Lucie", "l'Île", "Ile", "île", "Åland", "Ångström", "Zürich", "Zurich", "çà", "Ca",
        "10 Downing", "9 Elms", "Ýr", "Yser",
    ];

    [Fact]
    public async Task Organisations_are_offered_by_letter_whatever_the_accents_and_case_in_French_and_in_English()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        // Two organisations are never named alike but for the case of their letters ("eau", "Eau"): one of each.
        var names = Names.DistinctBy(name => name.ToLowerInvariant()).ToArray();
        var organisations = names.Select((name, at) =>
        {
            var organisation = Organisation.Create($"{name} {suffix}", null, OrganisationKind.InternationalOrganisation);
            // The French name is another's English one: a French page sorts the French names, by the CASE that chooses them.
            organisation.NameInFrench($"{names[(at + 1) % names.Length]} {suffix}", null);
            return organisation;
        }).ToList();
        await using (var db = await fixture.CreateContextAsync())
        {
            db.Organisations.AddRange(organisations);
            await db.SaveChangesAsync(Token);
        }

        foreach (var language in new[] { "fr", "en" })
        {
            var (offered, comparer) = await InLanguage(language, async () =>
                ((await fixture.Get<ListOrganisations>().ChoicesAsync(Token)).Select(c => c.Name).Where(n => n.EndsWith(suffix, StringComparison.Ordinal)).ToList(), NameOrder.Comparer));

            Assert.Equal(names.Length, offered.Count);
            Assert.Equal(offered.Order(comparer), offered);
            Assert.True(offered.IndexOf($"Égypte {suffix}") < offered.IndexOf($"Zambie {suffix}"), language);
            Assert.True(offered.IndexOf($"État de Palestine {suffix}") < offered.IndexOf($"Zone franche {suffix}"), language);
            Assert.True(offered.IndexOf($"Œuvre {suffix}") < offered.IndexOf($"Zambie {suffix}"), language);
            Assert.True(offered.IndexOf($"eau {suffix}") < offered.IndexOf($"Égypte {suffix}"), language);
            Assert.True(offered.IndexOf($"Delta {suffix}") < offered.IndexOf($"eau {suffix}"), language);
        }
    }

    [Fact]
    public async Task The_database_orders_names_as_lists_are_sorted_in_memory_in_both_languages()
    {
        await using var db = await fixture.CreateContextAsync();
        var inDatabase = await db.Database.SqlQuery<string>($"SELECT n AS \"Value\" FROM unnest({Names}) AS n").OrderBy(n => NameOrder.Key(n)).ToListAsync(Token);

        Assert.Equal(InLanguage("fr", () => Names.Order(NameOrder.Comparer).ToList()), inDatabase);
        Assert.Equal(InLanguage("en", () => Names.Order(NameOrder.Comparer).ToList()), inDatabase);
    }

    [Fact]
    public async Task The_collation_is_in_the_databases_catalogue()
    {
        await using var db = await fixture.CreateContextAsync();
        var found = await db.Database.SqlQuery<string>($"SELECT collname AS \"Value\" FROM pg_collation WHERE collname = {NameOrder.Collation} AND collprovider = 'i'").ToListAsync(Token);
        Assert.Equal([NameOrder.Collation], found);
    }

    private static T InLanguage<T>(string language, Func<T> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
