using System.Net;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// The API answers under the pages' rules: nothing without a session, only the partnerships the caller may see, and
/// records not to be shared only for the EU side. Every expected set comes from the database, not from the API.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ApiAccessTests(AppFixture app)
{
    private const string TaskForce = "task.force@mobility-partnerships.example";
    private const string FocalPoint = "focal.point@mobility-partnerships.example";
    private const string Moldova = "Mobility Partnership with the Republic of Moldova";
    private const string Georgia = "Mobility Partnership with Georgia";

    [Theory]
    [InlineData("api/v1/partnerships")]
    [InlineData("api/v1/partnerships?includeArchived=true")]
    [InlineData("api/v1/partnerships/{moldova}")]
    [InlineData("api/v1/partnerships/{moldova}/initiatives")]
    [InlineData("api/v1/partnerships/{moldova}/initiatives?status=NoSuchStatus")]
    [InlineData("api/v1/initiatives/{initiative}")]
    [InlineData("api/v1/no/such/endpoint")]
    [InlineData("api")]
    [InlineData("openapi/v1.json")]
    public async Task An_anonymous_request_gets_401_and_nothing_else(string path)
    {
        var moldova = await PartnershipIdAsync(Moldova);
        var initiative = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE partnership_id = $1 LIMIT 1", moldova);
        using var client = app.AnonymousClient();

        var (status, _, body) = await client.GetRawAsync(path.Replace("{moldova}", moldova.ToString(), StringComparison.Ordinal).Replace("{initiative}", initiative.ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(body);
    }

    [Fact]
    public async Task A_georgia_only_task_force_member_gets_georgia_and_not_a_single_moldova_row()
    {
        var moldova = await PartnershipIdAsync(Moldova);
        var georgia = await PartnershipIdAsync(Georgia);
        var moldovaInitiative = await app.Database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY id LIMIT 1", moldova);
        var assigned = await GuidsAsync(
            """
            SELECT pa.partnership_id FROM partnership_assignments pa JOIN accounts a ON a.id = pa.account_id
            JOIN partnerships p ON p.id = pa.partnership_id WHERE a.email = $1 AND NOT p.is_archived
            """,
            TaskForce);
        using var client = await app.SignedInClientAsync(TaskForce);

        var list = await client.GetJsonAsync("api/v1/partnerships");
        Assert.Equal(assigned.Order(), list.Ids().Select(Guid.Parse).Order());
        Assert.Contains(georgia, assigned);
        Assert.DoesNotContain(moldova, assigned);

        var georgiaInitiatives = await client.GetJsonAsync($"api/v1/partnerships/{georgia}/initiatives?pageSize=200");
        var expected = await GuidsAsync("SELECT id FROM initiatives WHERE partnership_id = $1 AND NOT is_archived", georgia);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), georgiaInitiatives.GetProperty("items").Ids().Select(Guid.Parse).Order());

        var moldovaMeeting = await app.Database.ScalarAsync<Guid>("SELECT id FROM meetings WHERE partnership_id = $1 ORDER BY held_on LIMIT 1", moldova);
        Assert.True(await app.Database.ScalarAsync<long>("SELECT count(*) FROM published_scoreboards WHERE partnership_id = $1", moldova) > 0);
        string[] refused =
        [
            $"api/v1/partnerships/{moldova}", $"api/v1/partnerships/{moldova}/initiatives", $"api/v1/initiatives/{moldovaInitiative}",
            $"api/v1/partnerships/{moldova}/versions", $"api/v1/partnerships/{moldova}/versions/1",
            $"partnerships/{moldova}/versions/1/export.csv", $"partnerships/{moldova}/versions/1/export.xlsx",
            $"meetings/{moldovaMeeting}/briefing-pack.pdf", $"meetings/{moldovaMeeting}/briefing-pack.xlsx",
        ];
        foreach (var path in refused)
        {
            var (status, _, body) = await client.GetRawAsync(path);
            Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{path} answered {(int)status}");
            Assert.DoesNotContain("Moldova", body, StringComparison.Ordinal);
        }

        // The meetings calendar lists none of Moldova's meetings.
        var (calendarStatus, _, calendar) = await client.GetRawAsync("meetings");
        Assert.Equal(HttpStatusCode.OK, calendarStatus);
        Assert.DoesNotContain("Moldova", calendar, StringComparison.Ordinal);
        using var focalPoint = await app.SignedInClientAsync(FocalPoint);
        Assert.Contains("Moldova task force", (await focalPoint.GetRawAsync("meetings")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_initiative_not_to_be_shared_is_absent_for_the_partner_countrys_official_and_present_for_the_focal_point()
    {
        var scene = await ApiScene.StoreAsync(app);
        var shareable = await GuidsAsync("SELECT id FROM initiatives WHERE partnership_id = $1 AND is_shareable AND NOT is_archived", scene.PartnershipId);
        var all = await GuidsAsync("SELECT id FROM initiatives WHERE partnership_id = $1 AND NOT is_archived", scene.PartnershipId);
        Assert.Contains(scene.Unshared, all);
        Assert.DoesNotContain(scene.Unshared, shareable);

        using var official = await app.SignedInClientAsync(scene.OfficialEmail);
        var officialsList = await official.GetJsonAsync("api/v1/partnerships");
        var own = Assert.Single(officialsList.EnumerateArray());
        Assert.Equal(scene.PartnershipId, own.GetProperty("id").GetGuid());
        Assert.Equal(shareable.Count, own.GetProperty("initiativeCount").GetInt32());
        var officialsRows = await official.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/initiatives?pageSize=200");
        Assert.Equal(shareable.Order(), officialsRows.GetProperty("items").Ids().Select(Guid.Parse).Order());
        Assert.Equal(shareable.Count, officialsRows.GetProperty("totalCount").GetInt32());
        var (status, _, body) = await official.GetRawAsync($"api/v1/initiatives/{scene.Unshared}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Confidential", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential", (await official.GetRawAsync($"api/v1/partnerships/{scene.PartnershipId}/initiatives?text=Confidential")).Body, StringComparison.Ordinal);

        using var focalPoint = await app.SignedInClientAsync(FocalPoint);
        var focalRows = await focalPoint.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/initiatives?pageSize=200");
        Assert.Equal(all.Order(), focalRows.GetProperty("items").Ids().Select(Guid.Parse).Order());
        var unshared = await focalPoint.GetJsonAsync($"api/v1/initiatives/{scene.Unshared}");
        Assert.False(unshared.GetProperty("isShareable").GetBoolean());
        Assert.Equal($"Confidential scheme {scene.Suffix}", unshared.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Contact_points_e_mail_and_phone_reach_users_with_access_to_the_partnership_and_nobody_else()
    {
        var scene = await ApiScene.StoreAsync(app);

        foreach (var account in new[] { FocalPoint, scene.OfficialEmail })
        {
            using var client = await app.SignedInClientAsync(account);
            var initiative = await client.GetJsonAsync($"api/v1/initiatives/{scene.Shared}");
            var contact = Assert.Single(initiative.GetProperty("contactPoints").EnumerateArray());
            Assert.Equal("Ana Contact", contact.GetProperty("name").GetString());
            Assert.Equal(ApiScene.ContactEmail, contact.GetProperty("email").GetString());
            Assert.Equal(ApiScene.ContactPhone, contact.GetProperty("phone").GetString());
        }

        using var outsider = await app.SignedInClientAsync(TaskForce);
        var (status, _, body) = await outsider.GetRawAsync($"api/v1/initiatives/{scene.Shared}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(ApiScene.ContactEmail, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/v1/partnerships/01a20960-0000-7000-8000-000000000000")]
    [InlineData("api/v1/partnerships/01a20960-0000-7000-8000-000000000000/initiatives")]
    [InlineData("api/v1/partnerships/01a20960-0000-7000-8000-000000000000/initiatives?status=NoSuchStatus")]
    [InlineData("api/v1/initiatives/01a20960-0000-7000-8000-000000000000")]
    [InlineData("api/v1/initiatives/not-an-id")]
    [InlineData("api/v1/no/such/endpoint")]
    public async Task An_unknown_id_or_address_is_404_without_a_page(string path)
    {
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var (status, mediaType, body) = await client.GetRawAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.NotEqual("text/html", mediaType);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
    }

    private Task<Guid> PartnershipIdAsync(string name) => app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = $1", name);

    private async Task<IReadOnlyList<Guid>> GuidsAsync(string sql, params object[] parameters) =>
        [.. (await app.Database.RowsAsync(sql, parameters)).Select(Guid.Parse)];
}
