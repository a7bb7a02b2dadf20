using System.Globalization;
using MobilityPartnerships.Domain.Access;

namespace MobilityPartnerships.IntegrationTests.OpenData;

/// <summary>
/// The IATI export of a built scene, read back from the XML it writes: valid against the official 2.03 schema and the
/// IATI ruleset, and each activity's identifier, organisations in their roles, status, dates, country, sectors and
/// budgets exactly as the mapping decides; what may not or cannot be published is not there.
/// </summary>
public sealed class IatiExportTests(IatiSceneFixture scene) : IClassFixture<IatiSceneFixture>
{
    private const string Ref = "XI-IATI-EC_INTPA";
    private const string Union = "European Commission - International Partnerships";

    private async Task<IatiFile> AdministratorsFileAsync() =>
        await IatiFile.ExportAsync(scene, scene.Administrator, scene.PartnershipId) ?? throw new InvalidOperationException("The administrator sees the partnership.");

    [Fact]
    public async Task The_file_is_valid_against_the_IATI_203_schema_and_ruleset()
    {
        var file = await AdministratorsFileAsync();

        Assert.Empty(IatiSchema.ProblemsOf(file.Xml));
        Assert.Empty(IatiRules.BrokenBy(file));
        var root = file.Document.Root!;
        Assert.Equal("iati-activities", root.Name.LocalName);
        Assert.Equal("2.03", (string?)root.Attribute("version"));
        Assert.Equal("2026-11-24T09:30:15Z", (string?)root.Attribute("generated-datetime"));
        Assert.Equal(8, file.Activities.Count);
        Assert.Equal("iati-activities-mobility-partnership-with-the-republic-of-testland.xml", file.Export.FileName);
    }

    [Fact]
    public async Task An_ongoing_initiative_funded_by_an_EU_programme_and_a_member_state_maps_every_element()
    {
        var activity = (await AdministratorsFileAsync()).Activity(Ref + "-DCI-MIGR-2010-123");

        Assert.Equal("en", activity.Language);
        Assert.Equal("EUR", activity.DefaultCurrency);
        Assert.Equal((Ref, "15", "0", Union), activity.ReportingOrg);
        Assert.Equal("Circular migration pilot", activity.Title);
        Assert.Equal("Seasonal work in Sweden with training at home.", activity.Description);
        Assert.Equal(
            [
                new OrganisationView("1", Ref, "15", Union),
                new OrganisationView("1", null, "10", IatiSceneFixture.Sweden),
                new OrganisationView("2", null, "15", IatiSceneFixture.ServiceName),
                new OrganisationView("3", null, "10", IatiSceneFixture.Sweden),
                new OrganisationView("4", null, "40", IatiSceneFixture.IomName),
                new OrganisationView("4", null, "24", IatiSceneFixture.LocalNgoName),
            ],
            activity.Organisations);
        Assert.Equal("2", activity.Status);
        Assert.Equal([("1", "2010-06-01"), ("3", "2011-06-30")], activity.Dates);
        Assert.Equal([("MD", "100", IatiSceneFixture.CountryName)], activity.RecipientCountries);
        Assert.Equal(["Chișinău"], activity.Locations);
        Assert.Equal([new SectorView("1", "15190", "100", null), new SectorView("99", "LegalMigration", "100", "Legal migration")], activity.Sectors);
        Assert.Equal(["Labour market development", "Labour migration schemes"], activity.Tags.Select(t => t.Name));
        Assert.All(activity.Tags, t => Assert.Equal("99", t.Vocabulary));

        // € 1,500.00 over June 2010 – June 2011 (13 months): 7 months in 2010, 6 in 2011; indicative, being spread.
        Assert.Equal(
            [
                new BudgetView("1", "1", "2010-06-01", "2010-12-31", "807.69", "EUR", "2010-06-01"),
                new BudgetView("1", "1", "2011-01-01", "2011-06-30", "692.31", "EUR", "2011-01-01"),
            ],
            activity.Budgets);
    }

    [Fact]
    public async Task A_completed_initiative_of_own_funds_within_one_year_has_a_committed_budget_and_a_secondary_reporter()
    {
        var activity = (await AdministratorsFileAsync()).Activity($"{Ref}-{scene.CompletedId}");

        Assert.Equal((Ref, "15", "1", Union), activity.ReportingOrg);
        Assert.Equal("Return counselling", activity.Description);
        Assert.Equal(
            [
                new OrganisationView("1", null, "10", IatiSceneFixture.AgencyName),
                new OrganisationView("2", null, "10", IatiSceneFixture.AgencyName),
                new OrganisationView("3", null, "10", IatiSceneFixture.AgencyName),
                new OrganisationView("4", null, "21", IatiSceneFixture.InternationalNgoName),
            ],
            activity.Organisations);
        Assert.Equal("4", activity.Status);
        Assert.Equal([("1", "2012-03-01"), ("3", "2012-09-30")], activity.Dates);
        Assert.Equal([new SectorView("1", "15190", "100", null), new SectorView("99", "MigrationAndDevelopment", "100", "Migration and development")], activity.Sectors);
        Assert.Empty(activity.Tags);
        Assert.Empty(activity.Locations);
        Assert.Equal([new BudgetView("1", "2", "2012-03-01", "2012-09-30", "250.00", "EUR", "2012-03-01")], activity.Budgets);
    }

    [Fact]
    public async Task Statuses_map_to_the_IATI_codelist_and_budgets_appear_only_where_period_and_total_are_known()
    {
        var file = await AdministratorsFileAsync();

        var proposed = file.Activity($"{Ref}-{scene.ProposedId}");
        Assert.Equal("1", proposed.Status);
        Assert.Equal([("1", "2013-01-01")], proposed.Dates);
        Assert.Equal([new OrganisationView("2", null, "10", IatiSceneFixture.Sweden), new OrganisationView("3", null, "10", IatiSceneFixture.Sweden)], proposed.Organisations);
        Assert.Equal([new SectorView("1", "15190", "100", null), new SectorView("99", "IllegalMigration", "100", "Illegal migration")], proposed.Sectors);
        Assert.Empty(proposed.Budgets);

        var cancelled = file.Activity($"{Ref}-{scene.CancelledId}");
        Assert.Equal("5", cancelled.Status);
        Assert.Equal([("1", "2014-01-01"), ("3", "2014-12-31")], cancelled.Dates);
        Assert.Equal([new SectorView("1", "15190", "100", null), new SectorView("99", "InternationalProtectionAndAsylum", "100", "International protection and asylum")], cancelled.Sectors);
        Assert.Empty(cancelled.Budgets);

        var unknownTotal = file.Activity($"{Ref}-{scene.UnknownTotalId}");
        Assert.Equal("1", unknownTotal.Status);
        Assert.Equal(
            [
                new OrganisationView("1", Ref, "15", Union),
                new OrganisationView("1", null, "10", IatiSceneFixture.Sweden),
                new OrganisationView("2", null, "15", IatiSceneFixture.CommissionName),
                new OrganisationView("3", null, "15", IatiSceneFixture.CommissionName),
            ],
            unknownTotal.Organisations);
        Assert.Empty(unknownTotal.Budgets);

        var plan = file.Activity($"{Ref}-{scene.SingleYearPlanId}");
        Assert.Equal("1", plan.Status);
        Assert.Equal("Pasted from a spreadsheet: one cell, two lines.", plan.Description);
        Assert.Equal([new BudgetView("1", "1", "2017-02-01", "2017-11-30", "1234.56", "EUR", "2017-02-01")], plan.Budgets);
    }

    [Fact]
    public async Task Identifiers_replace_characters_IATI_forbids_and_a_code_that_repeats_one_gives_way_to_the_id()
    {
        var file = await AdministratorsFileAsync();

        Assert.Contains(file.Activities, a => a.Identifier == Ref + "-X-1" && a.Title == "Duplicate code one");
        Assert.Contains(file.Activities, a => a.Identifier == $"{Ref}-{scene.SecondDuplicateId}" && a.Title == "Duplicate code two");
        Assert.Equal(file.Activities.Count, file.Activities.Select(a => a.Identifier).Distinct().Count());
    }

    [Fact]
    public async Task What_may_not_or_cannot_be_published_is_left_out_and_only_the_latter_is_counted()
    {
        var file = await AdministratorsFileAsync();

        var titles = file.Activities.Select(a => a.Title).ToList();
        Assert.Contains("Circular migration pilot", titles);
        Assert.DoesNotContain("Confidential readmission talks", titles);
        Assert.DoesNotContain("Withdrawn information campaign", titles);
        Assert.DoesNotContain("Visa facilitation seminar", titles);
        Assert.DoesNotContain("Unassigned idea", titles);
        Assert.DoesNotContain("SECRET", file.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain(scene.UnsharedId.ToString(), file.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain(scene.ArchivedId.ToString(), file.Xml, StringComparison.Ordinal);
        Assert.Equal((1, 1), (file.Export.LeftOutWithoutStart, file.Export.LeftOutWithoutOrganisation));
        Assert.Contains("1 initiative without a known start month, 1 without any organisation recorded", file.Xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Administrator)]
    [InlineData(Role.FocalPoint)]
    [InlineData(Role.TaskForceMember)]
    public async Task An_initiative_not_to_be_shared_never_appears_whoever_asks(Role role)
    {
        var user = await TestAccounts.CreateAsync(scene, $"{role} reader", role, null, scene.PartnershipId);

        var file = await IatiFile.ExportAsync(scene, user, scene.PartnershipId);

        Assert.NotNull(file);
        Assert.Equal(8, file.Activities.Count);
        Assert.DoesNotContain(file.Activities, a => a.Title == "Confidential readmission talks");
        Assert.DoesNotContain("Confidential", file.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_activity_was_last_updated_when_its_history_last_records_a_change()
    {
        var file = await AdministratorsFileAsync();

        var recorded = await scene.Database.ScalarAsync<DateTime>(
            "SELECT max(occurred_at) FROM history_entries WHERE aggregate_type = 'Initiative' AND aggregate_id = $1", scene.OngoingId.ToString());
        Assert.Equal(
            recorded.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            file.Activity(Ref + "-DCI-MIGR-2010-123").LastUpdated);
    }

    [Fact]
    public async Task A_partnership_without_a_partner_country_names_no_recipient_country()
    {
        var other = await Scene.StoreAsync(scene);

        var file = await IatiFile.ExportAsync(scene, scene.Administrator, other.PartnershipId);

        Assert.NotNull(file);
        Assert.Empty(IatiSchema.ProblemsOf(file.Xml));
        var activity = file.Activity($"{Ref}-{other.ReferenceCode}");
        Assert.Empty(activity.RecipientCountries);
        Assert.Equal([("1", "2010-06-01"), ("3", "2011-06-30")], activity.Dates);
        Assert.Equal(
            [
                new BudgetView("1", "1", "2010-06-01", "2010-12-31", "538.46", "EUR", "2010-06-01"),
                new BudgetView("1", "1", "2011-01-01", "2011-06-30", "461.54", "EUR", "2011-01-01"),
            ],
            activity.Budgets);
    }

    [Fact]
    public async Task Nobody_signed_out_gets_the_partnership_nor_anything_for_an_unknown_one()
    {
        Assert.Null(await IatiFile.ExportAsync(scene, new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity()), scene.PartnershipId));
        Assert.Null(await IatiFile.ExportAsync(scene, scene.Administrator, Guid.NewGuid()));
        Assert.NotNull(await IatiFile.ExportAsync(scene, scene.Administrator, scene.PartnershipId));
    }
}
