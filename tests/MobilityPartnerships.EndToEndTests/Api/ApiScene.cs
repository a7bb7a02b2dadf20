using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// A partnership of its own with a made-up partner country, stored through the domain in the running app's
/// database, so that the API's answers can be checked row by row without touching the demo data:
/// <list type="bullet">
/// <item><see cref="Shared"/>: legal migration, ongoing, led by the agency, with a partner of each role, a thematic area, a programme of its own, a contact point, an indicator, a period and a progress update;</item>
/// <item><see cref="Return"/>: illegal migration, planned, led by the agency;</item>
/// <item><see cref="Circular"/>: legal migration, completed, no lead;</item>
/// <item><see cref="Unshared"/>: legal migration, ongoing, led by the agency, not to be shared beyond the partnership;</item>
/// <item><see cref="Archived"/>: legal migration, ongoing, archived.</item>
/// </list>
/// The partner country has an official of its own (<see cref="OfficialEmail"/>, demo password).
/// </summary>
internal sealed record ApiScene(
    string Suffix,
    Guid PartnershipId,
    Guid AgencyId,
    Guid ThematicAreaId,
    string Programme,
    Guid Shared,
    Guid Return,
    Guid Circular,
    Guid Unshared,
    Guid Archived,
    string OfficialEmail)
{
    public const string ContactEmail = "ana.contact@api-scene.example";
    public const string ContactPhone = "+000 555 0100";

    public static async Task<ApiScene> StoreAsync(AppFixture app)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var code = await UnusedCountryCodeAsync(app);
        var areaId = await app.Database.ScalarAsync<Guid>("SELECT id FROM thematic_areas WHERE pillar = 'LegalMigration' ORDER BY name LIMIT 1");

        var country = Organisation.Create($"Testland {suffix}", null, OrganisationKind.ThirdCountry, code);
        var agency = Organisation.Create($"API test agency {suffix}", $"Agency {suffix}", OrganisationKind.EuAgency);
        var implementer = Organisation.Create($"API test implementer {suffix}", null, OrganisationKind.Ngo);
        var partnership = Partnership.Open($"API test partnership {suffix}", PartnershipKind.MobilityPartnership, country, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2015, 3, 10));
        partnership.RecordOriginalSignatory(agency);
        partnership.RecordOriginalSignatory(country);

        var programme = $"Programme {suffix}";
        var shared = Initiative.Propose(partnership, $"Seasonal work pilot {suffix}", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        shared.Describe(shared.Title, "Seasonal jobs with a way home.", $"API-{suffix}-1");
        shared.AssignLead(partnership, agency.Id);
        shared.AddPartner(country.Id, PartnerRole.Participating);
        shared.AddPartner(implementer.Id, PartnerRole.Implementing);
        shared.AddContactPoint(ContactPoint.Create("Ana Contact", agency.Id, "Coordinator", ContactEmail, ContactPhone));
        shared.AddIndicator(Indicator.Create("Workers placed", "Counted at arrival"));
        shared.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, programme, agency.Id, 1000m, 800m));
        shared.Schedule(ImplementationPeriod.Create(new DateOnly(2016, 1, 1), new DateOnly(2018, 12, 1), null), []);

        var returning = Initiative.Propose(partnership, $"Return counselling {suffix}", Pillar.IllegalMigration, InitiativeStatus.Planned);
        returning.AssignLead(partnership, agency.Id);

        var circular = Initiative.Propose(partnership, $"Circular mobility {suffix}", Pillar.LegalMigration, InitiativeStatus.Completed);

        var unshared = Initiative.Propose(partnership, $"Confidential scheme {suffix}", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        unshared.AssignLead(partnership, agency.Id);
        unshared.AddContactPoint(ContactPoint.Create("Ben Quiet", agency.Id, null, "ben.quiet@api-scene.example", null));
        unshared.Situate(null, Novelty.NotStated, isShareable: false);

        var archived = Initiative.Propose(partnership, $"Old study {suffix}", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        archived.Archive();

        var today = ProductDays.Today;
        var update = ProgressUpdate.Post(shared, new ProgressAuthor("Scene author", agency.Id, IsFocalPoint: false), new DateOnly(2024, 5, 2), ProgressRating.OnTrack, "Halfway there.", today, DateTimeOffset.UtcNow);

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            shared.Classify(Pillar.LegalMigration, [await db.ThematicAreas.AsNoTracking().SingleAsync(a => a.Id == areaId, TestContext.Current.CancellationToken)]);
            db.Organisations.AddRange(country, agency, implementer);
            db.Partnerships.Add(partnership);
            db.Initiatives.AddRange(shared, returning, circular, unshared, archived);
            db.ProgressUpdates.Add(update);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var email = $"testland-{suffix}@test.example";
        var account = new Account { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = $"Official of Testland {suffix}", Role = Role.PartnerCountryOfficial, OrganisationId = country.Id, CreatedAt = DateTimeOffset.UtcNow };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().CreateAsync(account, AppFixture.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));

        return new ApiScene(suffix, partnership.Id, agency.Id, areaId, programme, shared.Id, returning.Id, circular.Id, unshared.Id, archived.Id, email);
    }

    /// <summary>A two-letter code of the user-assigned ranges (XA–XZ, QM–QZ) that no country in the database has yet.</summary>
    private static async Task<string> UnusedCountryCodeAsync(AppFixture app)
    {
        var taken = (await app.Database.RowsAsync("SELECT country_code FROM organisations WHERE country_code IS NOT NULL")).ToHashSet(StringComparer.Ordinal);
        // The codes ISO 3166-1 leaves to users first (40 of them), then any pair of letters the run has not taken:
        // only these scenes make third countries in the end-to-end run, so a pair an ISO country has is free here.
        var letters = Enumerable.Range('A', 26).Select(c => (char)c).ToList();
        var userAssigned = letters.Select(c => $"X{c}").Concat(letters.Where(c => c >= 'M').Select(c => $"Q{c}"));
        var anyPair = letters.SelectMany(first => letters.Select(second => $"{first}{second}"));
        return userAssigned.Concat(anyPair).First(code => !taken.Contains(code));
    }
}
