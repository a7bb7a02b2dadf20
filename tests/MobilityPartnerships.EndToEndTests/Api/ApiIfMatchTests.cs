using System.Net;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// An update's If-Match read as RFC 9110 reads it: not an entity tag is 400 and says so; <c>*</c> stores over whatever
/// version is stored; a weak tag or one that is no version of this API's never matches, and the 412 says that — not that
/// someone stored a newer version, which nobody did.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ApiIfMatchTests(AppFixture app)
{
    private static Task<ApiScene>? scene;

    [Fact]
    public async Task An_if_match_that_is_not_an_entity_tag_is_400_naming_the_header_and_changes_nothing()
    {
        var scene = await SceneAsync();
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        foreach (var ifMatch in new[] { "abc", "-1", "48213", "\"48213", "*, \"48213\"" })
        {
            var (draft, _) = await client.DraftAsync(scene.Shared);
            var before = await TitleAsync(scene.Shared);
            draft["title"] = $"Changed with a broken If-Match {scene.Suffix}";

            using var response = await client.PutAsync(scene.Shared, draft, ifMatch);

            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("The If-Match header could not be read; nothing was changed.", problem.GetProperty("title").GetString());
            Assert.Equal(
                [$"If-Match: {ifMatch} is not an entity tag. Send the ETag the initiative was read with, quotes included (\"48213\"), or * to store it whatever version is stored now."],
                problem.ErrorsAt("If-Match"));
            Assert.Equal(before, await TitleAsync(scene.Shared));
        }
    }

    [Fact]
    public async Task If_match_star_stores_the_update_over_whatever_version_is_stored()
    {
        var scene = await SceneAsync();
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        draft["title"] = $"Someone else's change {scene.Suffix}";
        using var first = await client.PutAsync(scene.Shared, draft, seen);
        await first.AnsweredAsync(HttpStatusCode.OK);

        draft["title"] = $"Stored whatever the version {scene.Suffix}";
        using var response = await client.PutAsync(scene.Shared, draft, "*");

        await response.AnsweredAsync(HttpStatusCode.OK);
        Assert.Equal($"Stored whatever the version {scene.Suffix}", await TitleAsync(scene.Shared));
        Assert.NotEqual(first.Headers.ETag!.Tag, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_list_of_tags_that_holds_the_stored_version_matches()
    {
        var scene = await SceneAsync();
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        draft["title"] = $"Matched in a list {scene.Suffix}";

        using var response = await client.PutAsync(scene.Shared, draft, $"\"1\", W/{seen}, {seen}");

        await response.AnsweredAsync(HttpStatusCode.OK);
        Assert.Equal($"Matched in a list {scene.Suffix}", await TitleAsync(scene.Shared));
    }

    [Fact]
    public async Task A_weak_tag_of_the_stored_version_is_412_saying_it_is_weak_not_that_someone_stored_a_newer_version()
    {
        var scene = await SceneAsync();
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        var (draft, seen) = await client.DraftAsync(scene.Shared);
        var before = await TitleAsync(scene.Shared);
        draft["title"] = $"Changed with a weak tag {scene.Suffix}";

        using var response = await client.PutAsync(scene.Shared, draft, $"W/{seen}");

        var problem = await response.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("The If-Match header names no version this initiative can match; nothing was changed.", problem.GetProperty("title").GetString());
        Assert.Equal(
            $"W/{seen} is a weak entity tag, and an update compares versions strongly (RFC 9110), so it never matches. Send the ETag as a GET answers it, without W/ (this answer's ETag is the version stored now).",
            problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("storedBy", out _));
        Assert.Equal(seen, problem.GetProperty("currentVersion").GetString());
        Assert.Equal(seen, response.Headers.ETag!.Tag);
        Assert.Equal(before, await TitleAsync(scene.Shared));
    }

    [Fact]
    public async Task A_strong_tag_that_is_no_version_of_the_apis_is_412_saying_so()
    {
        var scene = await SceneAsync();
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(AppFixture.Administrator, TokenScope.ReadWrite));
        foreach (var ifMatch in new[] { "\"-1\"", "\"abc\"", "\"99999999999\"" })
        {
            var (draft, _) = await client.DraftAsync(scene.Shared);
            var before = await TitleAsync(scene.Shared);
            draft["title"] = $"Changed with a made-up tag {scene.Suffix}";

            using var response = await client.PutAsync(scene.Shared, draft, ifMatch);

            var problem = await response.ProblemAsync(HttpStatusCode.PreconditionFailed);
            Assert.StartsWith($"{ifMatch} names no version of this API's", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("newer", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(before, await TitleAsync(scene.Shared));
        }
    }

    [Fact]
    public async Task A_weak_tag_on_an_initiative_the_user_may_not_see_is_still_404()
    {
        var scene = await SceneAsync();
        using var client = await app.BearerClientAsync(await app.CreateTokenAsync(scene.OfficialEmail, TokenScope.ReadWrite));

        using var response = await client.PutAsync(scene.Unshared, new System.Text.Json.Nodes.JsonObject { ["title"] = "Seen after all", ["pillar"] = "LegalMigration", ["status"] = "Ongoing" }, "W/\"1\"");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>One scene for the class (its tests change only the title, each from what it reads): the scenes' country codes are few.</summary>
    private Task<ApiScene> SceneAsync() => LazyInitializer.EnsureInitialized(ref scene, () => ApiScene.StoreAsync(app));

    private Task<string?> TitleAsync(Guid initiative) => app.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", initiative);
}
