using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Importing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>The Annex II sheet and what its tests need around it: a thematic programme portfolio to import into, and lookups.</summary>
internal static class AnnexIISheet
{
    /// <summary>The document gives neither pillar nor status: legal migration, completed (the projects ran 2001–2010).</summary>
    public static readonly ImportSettings Settings = new() { DefaultPillar = Pillar.LegalMigration, DefaultStatus = InitiativeStatus.Completed };

    public static async Task<ImportRequest> RequestAsync(DatabaseFixture fixture, Guid partnershipId) =>
        Importing.Request(fixture.Services, partnershipId, await File.ReadAllBytesAsync(Importing.FixturePath("annex-ii-ec-funded-projects.xlsx"), TestContext.Current.CancellationToken), "annex-ii.xlsx", Settings);

    public static async Task<Guid> PortfolioAsync(DatabaseFixture fixture)
    {
        var portfolio = Partnership.Open($"Thematic programme: legal migration projects {Guid.NewGuid():N}"[..60], PartnershipKind.ThematicProgrammePortfolio, null, PartnershipStatus.Negotiation);
        await using var db = await fixture.CreateContextAsync();
        db.Partnerships.Add(portfolio);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return portfolio.Id;
    }

    public static async Task<Guid> OrganisationIdAsync(DatabaseFixture fixture, string shortName)
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.Organisations.Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<int> CountAsync(DatabaseFixture fixture, Guid partnershipId)
    {
        await using var db = await fixture.CreateContextAsync();
        return await db.Initiatives.CountAsync(i => i.PartnershipId == partnershipId, TestContext.Current.CancellationToken);
    }
}
