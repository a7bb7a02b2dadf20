using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.IntegrationTests.Initiatives.Importing;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Organisations;
using MobilityPartnerships.Web.Features.Organisations.Adding;
using MobilityPartnerships.Web.Features.Organisations.Renaming;
using MobilityPartnerships.Web.Writing;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Organisations;

/// <summary>
/// An organisation's names (English and French, full and short) are unique as read: another case or other spacing is the
/// same name. Adding, renaming and the import's new organisations are refused at the field with the organisation that has
/// it; the database refuses it too; names are stored trimmed with one space between words; and a database that already
/// holds such twins migrates, the later twin marked " (2)".
/// </summary>
public sealed class OrganisationNamesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private AddOrganisation Add => fixture.Get<AddOrganisation>();

    private RenameOrganisation Rename => fixture.Get<RenameOrganisation>();

    [Theory]
    [InlineData("european commission {0}")]
    [InlineData("European  Commission {0}")]
    [InlineData(" EUROPEAN COMMISSION\u00A0{0} ")]
    public async Task A_name_in_another_case_or_spacing_is_refused_naming_the_organisation_that_has_it(string typed)
    {
        var suffix = Suffix();
        await StoreAsync($"European Commission {suffix}");
        var before = await CountAsync();

        var outcome = await Add.ExecuteAsync(new OrganisationDraft { Name = string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, suffix), Kind = OrganisationKind.EuInstitution }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(OrganisationDraft.Name), $"An organisation named 'European Commission {suffix}' is already in the list."), (error.Path, error.Message));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_short_name_or_French_name_another_organisation_has_is_refused_at_its_field_naming_it()
    {
        var suffix = Suffix();
        var existing = await StoreAsync($"International Organization for Migration {suffix}", $"IOM-{suffix}", $"Organisation internationale pour les migrations {suffix}", $"OIM-{suffix}");

        var outcome = await Add.ExecuteAsync(
            new OrganisationDraft
            {
                Name = $"Another organisation {suffix}",
                ShortName = $"iom-{suffix}",
                FrenchName = $"organisation  internationale pour les migrations {suffix}",
                FrenchShortName = $"oim-{suffix}",
                Kind = OrganisationKind.InternationalOrganisation,
            },
            Token);

        Assert.Equal(
            [
                (nameof(OrganisationDraft.ShortName), $"'IOM-{suffix}' is already the short name of {existing.Name}."),
                (nameof(OrganisationDraft.FrenchName), $"'Organisation internationale pour les migrations {suffix}' is already the French name of {existing.Name}."),
                (nameof(OrganisationDraft.FrenchShortName), $"'OIM-{suffix}' is already the French short name of {existing.Name}."),
            ],
            Assert.IsType<WriteOutcome.Invalid>(outcome).Errors.Select(e => (e.Path, e.Message)));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations WHERE name = $1", $"Another organisation {suffix}"));
    }

    [Fact]
    public async Task Renaming_to_another_organisations_name_is_refused_and_to_its_own_in_another_case_is_stored_single_spaced()
    {
        var suffix = Suffix();
        var commission = await StoreAsync($"European Commission {suffix}");
        var agency = await StoreAsync($"Employment agency {suffix}");

        var taken = await Rename.ExecuteAsync(agency.Id, new OrganisationDraft { Name = $"EUROPEAN COMMISSION {suffix}" }, Token);
        var own = await Rename.ExecuteAsync(commission.Id, new OrganisationDraft { Name = $"  european   Commission {suffix} " }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(taken).Errors);
        Assert.Equal((nameof(OrganisationDraft.Name), $"An organisation named 'European Commission {suffix}' is already in the list."), (error.Path, error.Message));
        Assert.Equal(agency.Name, await fixture.Database.ScalarAsync<string>("SELECT name FROM organisations WHERE id = $1", agency.Id));
        Assert.IsType<WriteOutcome.Done>(own);
        Assert.Equal($"european Commission {suffix}", await fixture.Database.ScalarAsync<string>("SELECT name FROM organisations WHERE id = $1", commission.Id));
    }

    [Fact]
    public async Task A_name_added_is_stored_trimmed_with_one_space_between_words()
    {
        var suffix = Suffix();

        Assert.IsType<WriteOutcome.Done>(await Add.ExecuteAsync(new OrganisationDraft { Name = $"  Public   Employment\u00A0Service {suffix} ", ShortName = $" PES  {suffix}", Kind = OrganisationKind.NationalAgency }, Token));

        Assert.Equal($"PES {suffix}", await fixture.Database.ScalarAsync<string>("SELECT short_name FROM organisations WHERE name = $1", $"Public Employment Service {suffix}"));
    }

    [Theory]
    [InlineData("name", "ux_organisations_name_key")]
    [InlineData("short_name", "ux_organisations_short_name_key")]
    [InlineData("french_name", "ux_organisations_french_name_key")]
    public async Task The_database_refuses_a_name_another_organisation_has_as_read(string column, string index)
    {
        var suffix = Suffix();
        await StoreAsync($"Frontex {suffix}", $"Frontex-{suffix}", $"Frontex FR {suffix}");
        var twin = column switch
        {
            "name" => ($"FRONTEX  {suffix}", (string?)null, (string?)null),
            "short_name" => ($"Other {suffix}", $"frontex-{suffix}", null),
            _ => ($"Other {suffix}", null, $"frontex  fr {suffix}"),
        };

        var refusal = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "INSERT INTO organisations (id, name, short_name, french_name, kind, signs_through_presidency) VALUES ($1, $2, $3, $4, 'EuAgency', false)",
            Guid.CreateVersion7(), twin.Item1, (object?)twin.Item2 ?? DBNull.Value, (object?)twin.Item3 ?? DBNull.Value));

        Assert.Equal((PostgresErrorCodes.UniqueViolation, index), (refusal.SqlState, refusal.ConstraintName));
    }

    [Fact]
    public async Task An_import_recording_a_new_organisation_under_a_name_in_the_list_is_refused_naming_it_and_stores_nothing()
    {
        var scene = await Scene.StoreAsync(fixture);
        var existing = await StoreAsync($"Directorate-General for Work {scene.ReferenceCode}", kind: OrganisationKind.EuInstitution);
        var typed = $"directorate-general for WORK {scene.ReferenceCode}";
        var csv = $"Reference code,Title,Responsible service\n{scene.ReferenceCode},Labour migration pilot,\"{typed}\"\n";
        var request = Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings());
        request = request with { Decisions = request.Decisions.Choose(typed, new OrganisationChoice.Added(OrganisationKind.EuInstitution)) };
        var before = await CountAsync();

        var outcome = await Importing.ConfirmAsync(fixture.Services, request);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(
            $"Nothing was stored: '{typed}' cannot be recorded as a new organisation, as {existing.Name} is already in the list under that name. Choose {existing.Name} for '{typed}' instead.",
            error.Message);
        Assert.Equal(before, await CountAsync());
        Assert.Null(await fixture.Database.ScalarAsync<Guid?>("SELECT responsible_service_id FROM initiatives WHERE id = $1", scene.InitiativeId));
    }

    [Fact]
    public async Task A_database_holding_names_alike_as_read_migrates_and_marks_the_later_twin()
    {
        await using var database = await TestDatabase.CreateAsync(nameof(OrganisationNamesTests));
        await using var services = AppServices.Build(database.ConnectionString);
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Token))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("OrganisationNamesUniqueAsRead", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before, Token);
        }

        // The oldest of two twins keeps its name, a Member State before any other; the later gets " (2)", or " (3)" when
        // " (2)" is taken; a short name as much; extra spaces go.
        await database.ExecuteAsync("""
            INSERT INTO organisations (id, name, short_name, kind, country_code, signs_through_presidency) VALUES
            ('00000000-0000-0000-0000-000000000001', 'Twin agency', 'TA', 'NationalAgency', NULL, false),
            ('00000000-0000-0000-0000-000000000002', 'twin  AGENCY', 'ta', 'NationalAgency', NULL, false),
            ('00000000-0000-0000-0000-000000000003', 'Twin agency (2)', NULL, 'Ngo', NULL, false),
            ('00000000-0000-0000-0000-000000000004', 'Malta', NULL, 'Ngo', NULL, false),
            ('00000000-0000-0000-0000-000000000005', 'MALTA', NULL, 'MemberState', 'MT', false),
            ('00000000-0000-0000-0000-000000000006', '  Spaced   out ', NULL, 'Ngo', NULL, false)
            """);

        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Token))
        {
            await db.Database.MigrateAsync(Token);
        }

        Assert.Equal(
            ["1 Twin agency TA", "2 twin AGENCY (3) ta (2)", "3 Twin agency (2) -", "4 Malta (2) -", "5 MALTA -", "6 Spaced out -"],
            await database.RowsAsync("SELECT right(id::text, 1) || ' ' || name || ' ' || coalesce(short_name, '-') FROM organisations ORDER BY id"));
        await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync("UPDATE organisations SET name = 'TWIN AGENCY' WHERE id = '00000000-0000-0000-0000-000000000002'"));
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private Task<long> CountAsync() => fixture.Database.ScalarAsync<long>("SELECT count(*) FROM organisations");

    private async Task<Organisation> StoreAsync(string name, string? shortName = null, string? frenchName = null, string? frenchShortName = null, OrganisationKind kind = OrganisationKind.NationalAgency)
    {
        var organisation = Organisation.Create(name, shortName, kind);
        organisation.NameInFrench(frenchName, frenchShortName);
        await using var db = await fixture.CreateContextAsync();
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(Token);
        return organisation;
    }
}
