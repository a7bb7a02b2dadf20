using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.EndToEndTests.Api;
using MobilityPartnerships.Web.Features.Users.Inviting;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>
/// A personal access token over HTTP against the running app: it reads what its user reads, its use is noted (at most
/// once a minute), and it stops working when revoked, expired, its account deactivated or its password reset. It is kept only as a hash and
/// is accepted on the API and its OpenAPI document only.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class TokenTests(AppFixture app)
{
    private const string TaskForce = "task.force@mobility-partnerships.example";

    [Fact]
    public async Task A_token_reads_exactly_what_its_users_session_reads_and_its_use_is_noted_once_a_minute()
    {
        var secret = await app.CreateTokenAsync(TaskForce, TokenScope.Read);
        using var bearer = await app.BearerClientAsync(secret);
        using var cookie = await app.SignedInClientAsync(TaskForce);
        Assert.Null(await LastUsedAsync(secret));

        var byToken = await bearer.GetJsonAsync("api/v1/partnerships");
        var bySession = await cookie.GetJsonAsync("api/v1/partnerships");

        Assert.NotEmpty(byToken.Ids());
        Assert.Equal(bySession.Ids(), byToken.Ids());
        var firstUse = await LastUsedAsync(secret);
        Assert.NotNull(firstUse);

        // A second request within the minute reads the token without writing its row again.
        await bearer.GetJsonAsync("api/v1/partnerships");
        Assert.Equal(firstUse, await LastUsedAsync(secret));
    }

    [Fact]
    public async Task A_revoked_token_gets_401_at_once()
    {
        var secret = await app.CreateTokenAsync(TaskForce, TokenScope.Read);
        using var bearer = await app.BearerClientAsync(secret);
        await bearer.GetJsonAsync("api/v1/partnerships");
        var tokenId = await TokenIdAsync(secret);
        var accountId = await app.Database.ScalarAsync<Guid>("SELECT id FROM accounts WHERE email = $1", TaskForce);

        await using (var services = app.Services.CreateAsyncScope())
        {
            Assert.True(await services.ServiceProvider.GetRequiredService<AccessTokens>().RevokeAsync(accountId, tokenId, TestContext.Current.CancellationToken));
        }

        using var response = await bearer.GetAsync(ApiTokens.Relative("api/v1/partnerships"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Empty(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Nobody_revokes_another_accounts_token()
    {
        var secret = await app.CreateTokenAsync(TaskForce, TokenScope.Read);
        var administrator = await app.Database.ScalarAsync<Guid>("SELECT id FROM accounts WHERE email = $1", AppFixture.Administrator);

        await using (var services = app.Services.CreateAsyncScope())
        {
            Assert.False(await services.ServiceProvider.GetRequiredService<AccessTokens>().RevokeAsync(administrator, await TokenIdAsync(secret), TestContext.Current.CancellationToken));
        }

        using var bearer = await app.BearerClientAsync(secret);
        await bearer.GetJsonAsync("api/v1/partnerships");
        Assert.Null(await app.Database.ScalarAsync<DateTime?>("SELECT revoked_at FROM access_tokens WHERE id = $1", await TokenIdAsync(secret)));
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var secret = await app.CreateTokenAsync(TaskForce, TokenScope.Read);
        using var bearer = await app.BearerClientAsync(secret);
        await bearer.GetJsonAsync("api/v1/partnerships");

        await app.Database.ExecuteAsync("UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE id = $1", await TokenIdAsync(secret));

        using var response = await bearer.GetAsync(ApiTokens.Relative("api/v1/partnerships"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_token_of_a_deactivated_account_gets_401()
    {
        var email = $"token-holder-{Guid.NewGuid():N}@test.example";
        var accountId = await app.CreateAccountAsync(email, "Token holder", Role.TaskForceMember);
        var secret = await app.CreateTokenAsync(email, TokenScope.Read);
        using var bearer = await app.BearerClientAsync(secret);
        await bearer.GetJsonAsync("api/v1/partnerships");

        await app.DeactivateAsync(accountId);

        using var response = await bearer.GetAsync(ApiTokens.Relative("api/v1/partnerships"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_password_set_from_a_reset_link_revokes_the_accounts_tokens()
    {
        var email = $"token-reset-{Guid.NewGuid():N}@test.example";
        var accountId = await app.CreateAccountAsync(email, "Token holder", Role.TaskForceMember);
        var secret = await app.CreateTokenAsync(email, TokenScope.Read);
        using var bearer = await app.BearerClientAsync(secret);
        await bearer.GetJsonAsync("api/v1/partnerships");
        string link;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            link = Invitation.LinkFor(accountId, await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(accountId.ToString()))!));
        }

        await using var context = await app.AnonymousContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(link.TrimStart('/'));
        await page.FillAsync("#password", "Another-Password-2026!");
        await page.FillAsync("#confirm", "Another-Password-2026!");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("invited=true", StringComparison.Ordinal));

        using var response = await bearer.GetAsync(ApiTokens.Relative("api/v1/partnerships"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("mpt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task An_unknown_or_malformed_token_gets_401(string secret)
    {
        using var client = await app.CheckedClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiTokens.Relative("api/v1/partnerships"));
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {secret}");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_opens_the_api_and_its_document_not_the_pages_nor_downloads()
    {
        var secret = await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite);
        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);

        var page = await client.GetRawAsync("partnerships");
        var document = await client.GetRawAsync("openapi/v1.json");

        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Equal(HttpStatusCode.OK, document.Status);
        Assert.Contains("\"openapi\"", document.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetRawAsync("api/v1/partnerships")).Status);
    }

    [Fact]
    public async Task Only_the_secrets_hash_is_stored()
    {
        var secret = await app.CreateTokenAsync(TaskForce, TokenScope.Read);

        var row = await app.Database.ScalarAsync<string>("SELECT row_to_json(t)::text FROM access_tokens t WHERE prefix = $1", TokenSecret.PrefixOf(secret));
        var hash = await app.Database.ScalarAsync<byte[]>("SELECT secret_hash FROM access_tokens WHERE prefix = $1", TokenSecret.PrefixOf(secret));

        Assert.NotNull(row);
        Assert.DoesNotContain(secret[TokenSecret.Marker.Length..], row, StringComparison.Ordinal);
        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes(secret)), hash);
        Assert.StartsWith(TokenSecret.Marker, secret, StringComparison.Ordinal);
    }

    private Task<Guid> TokenIdAsync(string secret) =>
        app.Database.ScalarAsync<Guid>("SELECT id FROM access_tokens WHERE prefix = $1", TokenSecret.PrefixOf(secret));

    private Task<DateTime?> LastUsedAsync(string secret) =>
        app.Database.ScalarAsync<DateTime?>("SELECT last_used_at FROM access_tokens WHERE prefix = $1", TokenSecret.PrefixOf(secret));
}
