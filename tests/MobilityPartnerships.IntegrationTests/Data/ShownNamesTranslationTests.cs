using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.IntegrationTests.Data;

/// <summary>
/// The name a page shows of an organisation or a thematic area is one rule, <see cref="LanguageNames"/>: queries call it
/// through <see cref="ShownNames"/>, which the database works out (Data/ShownNamesTranslation) as the records do in memory,
/// for every combination of names and both languages; the statements are those EF Core writes for the rule written out
/// in C#, one per language, the language part of the statement rather than a parameter.
/// </summary>
public sealed class ShownNamesTranslationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly bool[] Languages = [false, true];

    [Fact]
    public async Task The_database_names_each_organisation_as_the_organisation_names_itself_in_memory()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organisations = new List<Organisation>();
        // Each name its own (no two organisations share one): the number of the organisation in each.
        foreach (var shortName in new[] { null, "SN" })
        {
            foreach (var (frenchName, frenchShortName) in new (string?, string?)[] { (null, null), ("Nom", null), ("Nom", "NC") })
            {
                var n = organisations.Count;
                var organisation = Organisation.Create($"Name {n} {suffix}", shortName is null ? null : $"{shortName}-{n}-{suffix}", OrganisationKind.InternationalOrganisation);
                organisation.NameInFrench(frenchName is null ? null : $"{frenchName} {n} {suffix}", frenchShortName is null ? null : $"{frenchShortName}-{n}-{suffix}");
                organisations.Add(organisation);
            }
        }

        await using (var db = await fixture.CreateContextAsync())
        {
            db.Organisations.AddRange(organisations);
            await db.SaveChangesAsync(Token);
        }

        var ids = organisations.Select(o => o.Id).ToList();
        foreach (var french in Languages)
        {
            await using var db = await fixture.CreateContextAsync();
            var read = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
                .Select(o => new { o.Id, Shown = ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, french), Full = ShownNames.Name(o.Name, o.FrenchName, french) })
                .ToListAsync(Token);

            Assert.Equal(6, read.Count);
            Assert.All(organisations, o =>
            {
                var row = read.Single(r => r.Id == o.Id);
                Assert.Equal(o.DisplayNameIn(french), row.Shown);
                Assert.Equal(o.NameIn(french), row.Full);
            });
        }

        // The rule the records follow, seen: a French short name only on a French page, the English short name never beside a French name.
        var full = organisations.Single(o => o.ShortName is not null && o.FrenchShortName is not null);
        Assert.Equal($"NC-5-{suffix}", full.DisplayNameIn(french: true));
        Assert.Equal($"Nom 4 {suffix}", organisations.Single(o => o.ShortName is not null && o.FrenchName is not null && o.FrenchShortName is null).DisplayNameIn(french: true));
        Assert.Equal($"SN-5-{suffix}", full.DisplayNameIn(french: false));
    }

    [Fact]
    public async Task The_database_names_each_thematic_area_as_the_area_names_itself_in_memory()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        ThematicArea[] areas = [ThematicArea.Create(Pillar.LegalMigration, $"Area {suffix}"), ThematicArea.Create(Pillar.LegalMigration, $"Area two {suffix}", frenchName: $"Domaine {suffix}")];
        await using (var db = await fixture.CreateContextAsync())
        {
            db.ThematicAreas.AddRange(areas);
            await db.SaveChangesAsync(Token);
        }

        var ids = areas.Select(a => a.Id).ToList();
        foreach (var french in Languages)
        {
            await using var db = await fixture.CreateContextAsync();
            var read = await db.ThematicAreas.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, Shown = ShownNames.Name(a.Name, a.FrenchName, french) })
                .ToDictionaryAsync(a => a.Id, a => a.Shown, Token);

            Assert.All(areas, a => Assert.Equal(a.NameIn(french), read[a.Id]));
        }

        Assert.Equal($"Domaine {suffix}", areas[1].NameIn(french: true));
        Assert.Equal($"Area two {suffix}", areas[1].NameIn(french: false));
    }

    [Fact]
    public async Task The_database_follows_the_rule_for_every_combination_of_names_even_those_no_record_may_hold()
    {
        // All eight combinations of a short name, a French name and a French short name (a French short name without the
        // French name is refused by the records and the table, but the rule still says which name then shows), in both
        // languages, the language given as a constant (as queries give it) and read from a column.
        var combinations = (
            from french in Languages
            from shortName in new[] { null, "short" }
            from frenchName in new[] { null, "nom" }
            from frenchShortName in new[] { null, "court" }
            select new NameColumns { French = french, Name = "name", ShortName = shortName, FrenchName = frenchName, FrenchShortName = frenchShortName }).ToList();
        var values = string.Join(", ", combinations.Select((c, i) => $"({i}, {(c.French ? "true" : "false")}, 'name', {Literal(c.ShortName)}, {Literal(c.FrenchName)}, {Literal(c.FrenchShortName)})"));
        var sql = $"SELECT * FROM (VALUES {values}) AS v(position, french, name, short_name, french_name, french_short_name)";
        await using var db = await fixture.CreateContextAsync();

        var byColumn = await db.Database.SqlQueryRaw<NameColumns>(sql).OrderBy(c => c.Position)
            .Select(c => new { Shown = ShownNames.DisplayName(c.Name, c.ShortName, c.FrenchName, c.FrenchShortName, c.French), Full = ShownNames.Name(c.Name, c.FrenchName, c.French) })
            .ToListAsync(Token);
        Assert.Equal(combinations.Select(c => LanguageNames.DisplayName(c.Name, c.ShortName, c.FrenchName, c.FrenchShortName, c.French)), byColumn.Select(r => r.Shown));
        Assert.Equal(combinations.Select(c => LanguageNames.Name(c.Name, c.FrenchName, c.French)), byColumn.Select(r => r.Full));

        foreach (var french in Languages)
        {
            var read = await db.Database.SqlQueryRaw<NameColumns>(sql).OrderBy(c => c.Position)
                .Select(c => new { Shown = ShownNames.DisplayName(c.Name, c.ShortName, c.FrenchName, c.FrenchShortName, french), Full = ShownNames.Name(c.Name, c.FrenchName, french) })
                .ToListAsync(Token);

            Assert.Equal(combinations.Select(c => LanguageNames.DisplayName(c.Name, c.ShortName, c.FrenchName, c.FrenchShortName, french)), read.Select(r => r.Shown));
            Assert.Equal(combinations.Select(c => LanguageNames.Name(c.Name, c.FrenchName, french)), read.Select(r => r.Full));
        }
    }

    [Fact]
    public async Task A_query_calling_the_rule_runs_the_statement_the_rule_written_out_runs_in_each_language()
    {
        await using var db = await fixture.CreateContextAsync();
        var statements = new List<string>();
        foreach (var french in Languages)
        {
            var organisations = db.Organisations.Where(o => o.Kind != OrganisationKind.Ngo);
            var called = organisations
                .OrderBy(o => ShownNames.Name(o.Name, o.FrenchName, french))
                .Select(o => new { o.Id, Shown = ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, french) })
                .ToQueryString();
            var written = organisations
                .OrderBy(o => french && o.FrenchName != null ? o.FrenchName : o.Name)
                .Select(o => new { o.Id, Shown = french && o.FrenchName != null ? o.FrenchShortName ?? o.FrenchName : o.ShortName ?? o.Name })
                .ToQueryString();
            Assert.Equal(written, called);
            statements.Add(called);

            var area = db.ThematicAreas.Select(a => ShownNames.Name(a.Name, a.FrenchName, french)).ToQueryString();
            Assert.Equal(db.ThematicAreas.Select(a => french && a.FrenchName != null ? a.FrenchName : a.Name).ToQueryString(), area);
        }

        // The language is part of the statement, as it was for the rule written out (EF Core folds a captured boolean into
        // the statement): one statement per language, the English one reading no French column, the French one choosing.
        var (inEnglish, inFrench) = (statements[0], statements[1]);
        Assert.NotEqual(inEnglish, inFrench);
        Assert.DoesNotContain("french_", inEnglish, StringComparison.Ordinal);
        Assert.Contains("CASE", inFrench, StringComparison.Ordinal);
        Assert.Contains("COALESCE(o.french_short_name, o.french_name)", inFrench, StringComparison.Ordinal);
    }

    private static string Literal(string? value) => value is null ? "NULL::text" : $"'{value}'";

    private sealed class NameColumns
    {
        public int Position { get; init; }

        public bool French { get; init; }

        public required string Name { get; init; }

        public string? ShortName { get; init; }

        public string? FrenchName { get; init; }

        public string? FrenchShortName { get; init; }
    }
}
