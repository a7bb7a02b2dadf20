namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>The keys that protect sign-in cookies and antiforgery tokens are kept in PostgreSQL, so sessions survive a restart.</summary>
[Collection(RunningApp.Name)]
public sealed class SessionKeysTests(AppFixture app)
{
    [Fact]
    public async Task Signing_in_uses_a_key_kept_in_the_database()
    {
        await app.OpenAsync("partnerships");

        Assert.True(await app.Database.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys WHERE xml LIKE '%<key %'") >= 1);
    }
}
