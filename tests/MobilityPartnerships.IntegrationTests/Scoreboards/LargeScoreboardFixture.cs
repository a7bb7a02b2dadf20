namespace MobilityPartnerships.IntegrationTests.Scoreboards;

/// <summary>A partnership with 10,000 generated initiatives and their funding lines (<see cref="TestSupport.GeneratedPartnership"/>).</summary>
public sealed class LargeScoreboardFixture : DatabaseFixture
{
    public const int InitiativeCount = TestSupport.GeneratedPartnership.Count;

    public Guid PartnershipId { get; } = Guid.NewGuid();

    public ValueTask SeedAsync() => new(TestSupport.GeneratedPartnership.SeedAsync(Database, PartnershipId));

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync();
    }
}
