using System.Net;
using System.Text;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// A write the token's user may not do is refused as such whatever else is wrong with it: 403 when they see the record but
/// may not change it, 404 when they do not see it — before the body, its content type or the If-Match header are looked at.
/// A program learns nothing of the rules of what it may not write, and its author is told the real reason first.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ApiRefusalOrderTests(AppFixture app)
{
    private const string TaskForce = "task.force@mobility-partnerships.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_task_force_member_gets_403_for_every_write_with_a_broken_body_a_wrong_content_type_or_no_if_match()
    {
        // A partnership the task force member reads, and one of its initiatives with an indicator.
        var partnership = await app.Database.ScalarAsync<Guid>(
            "SELECT pa.partnership_id FROM partnership_assignments pa JOIN accounts a ON a.id = pa.account_id JOIN initiatives i ON i.partnership_id = pa.partnership_id WHERE a.email = $1 ORDER BY pa.partnership_id LIMIT 1", TaskForce);
        var initiative = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE partnership_id = $1 AND NOT is_archived ORDER BY id LIMIT 1", partnership);
        var before = await CountsAsync(partnership);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(TaskForce, TokenScope.ReadWrite));

        var answers = new Dictionary<string, HttpStatusCode>
        {
            ["create, broken JSON"] = await SendAsync(client, HttpMethod.Post, $"api/v1/partnerships/{partnership}/initiatives", Json("{ \"title\": }")),
            ["create, not JSON"] = await SendAsync(client, HttpMethod.Post, $"api/v1/partnerships/{partnership}/initiatives", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded")),
            ["create, rules refused"] = await SendAsync(client, HttpMethod.Post, $"api/v1/partnerships/{partnership}/initiatives", Json("{ \"title\": \"\" }")),
            ["update, no If-Match"] = await SendAsync(client, HttpMethod.Put, $"api/v1/initiatives/{initiative}", Json("{ \"title\": \"Changed\" }")),
            ["update, malformed If-Match"] = await SendAsync(client, HttpMethod.Put, $"api/v1/initiatives/{initiative}", Json("{ \"title\": \"Changed\" }"), "48213"),
            ["update, broken JSON"] = await SendAsync(client, HttpMethod.Put, $"api/v1/initiatives/{initiative}", Json("{"), "\"1\""),
            ["progress, broken JSON"] = await SendAsync(client, HttpMethod.Post, $"api/v1/initiatives/{initiative}/progress", Json("[")),
            ["indicator value, broken JSON"] = await SendAsync(client, HttpMethod.Post, $"api/v1/initiatives/{initiative}/indicators/{Guid.NewGuid()}/values", Json("[")),
        };

        Assert.All(answers, a => Assert.True(a.Value == HttpStatusCode.Forbidden, $"{a.Key}: {(int)a.Value}"));
        Assert.Equal(before, await CountsAsync(partnership));
    }

    [Fact]
    public async Task A_write_to_an_initiative_hidden_from_the_user_is_404_whatever_the_body_and_headers()
    {
        // An initiative of a partnership the task force member is not assigned to.
        var hidden = await app.Database.ScalarAsync<Guid>(
            "SELECT i.id FROM initiatives i WHERE NOT EXISTS (SELECT 1 FROM partnership_assignments pa JOIN accounts a ON a.id = pa.account_id WHERE a.email = $1 AND pa.partnership_id = i.partnership_id) ORDER BY i.id LIMIT 1", TaskForce);
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(TaskForce, TokenScope.ReadWrite));

        Assert.Equal(HttpStatusCode.NotFound, await SendAsync(client, HttpMethod.Put, $"api/v1/initiatives/{hidden}", Json("{ \"title\": \"Seen after all\" }")));
        Assert.Equal(HttpStatusCode.NotFound, await SendAsync(client, HttpMethod.Put, $"api/v1/initiatives/{hidden}", Json("{"), "\"1\""));
        Assert.Equal(HttpStatusCode.NotFound, await SendAsync(client, HttpMethod.Post, $"api/v1/initiatives/{hidden}/progress", new StringContent("x", Encoding.UTF8, "text/plain")));
        Assert.Equal(HttpStatusCode.NotFound, await SendAsync(client, HttpMethod.Post, $"api/v1/initiatives/{Guid.NewGuid()}/progress", Json("[")));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent content, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, ApiTokens.Relative(path)) { Content = content };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    private Task<string?> CountsAsync(Guid partnership) => app.Database.ScalarAsync<string>(
        "SELECT (SELECT count(*) FROM initiatives WHERE partnership_id = $1) || '/' || (SELECT count(*) FROM progress_updates u JOIN initiatives i ON i.id = u.initiative_id WHERE i.partnership_id = $1) || '/' || (SELECT max(xmin::text::bigint) FROM initiatives WHERE partnership_id = $1)", partnership);
}
