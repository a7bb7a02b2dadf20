using System.Text.Json;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>What the API says of partnerships and initiatives: the database's facts, in camelCase JSON with enums by name and ISO dates.</summary>
[Collection(RunningApp.Name)]
public sealed class ApiContentTests(AppFixture app)
{
    [Fact]
    public async Task The_administrator_gets_every_partnership_not_archived_with_its_facts()
    {
        var expected = await app.Database.RowsAsync("SELECT id FROM partnerships WHERE NOT is_archived");
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var list = await client.GetJsonAsync("api/v1/partnerships");

        Assert.Equal(expected.Select(Guid.Parse).Order(), list.Ids().Select(Guid.Parse).Order());
        var moldova = list.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Mobility Partnership with the Republic of Moldova");
        Assert.Equal("MobilityPartnership", moldova.GetProperty("kind").GetString());
        Assert.Equal("InImplementation", moldova.GetProperty("status").GetString());
        Assert.Equal("2008-06-05", moldova.GetProperty("signedOn").GetString());
        Assert.Equal("Day", moldova.GetProperty("signedOnPrecision").GetString());
        var count = await app.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1 AND NOT is_archived", moldova.GetProperty("id").GetGuid());
        Assert.Equal(count, moldova.GetProperty("initiativeCount").GetInt32());

        // A precision is only given for a signature that happened: to the day or month of its date, or "Unknown" without one.
        Assert.All(list.EnumerateArray(), p => Assert.Contains(
            (p.GetProperty("signedOn").ValueKind, p.GetProperty("signedOnPrecision").ValueKind == JsonValueKind.Null ? null : p.GetProperty("signedOnPrecision").GetString()),
            new[] { (JsonValueKind.String, "Day"), (JsonValueKind.String, "Month"), (JsonValueKind.Null, "Unknown"), (JsonValueKind.Null, (string?)null) }));
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("signedOnPrecision").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task A_partnership_comes_with_its_signatories_and_participants()
    {
        var scene = await ApiScene.StoreAsync(app);
        var participants = await app.Database.RowsAsync("SELECT organisation_id FROM partnership_participants WHERE partnership_id = $1", scene.PartnershipId);
        using var client = await app.SignedInClientAsync(scene.OfficialEmail);

        var partnership = await client.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}");

        Assert.Equal($"API test partnership {scene.Suffix}", partnership.GetProperty("name").GetString());
        Assert.Equal($"Testland {scene.Suffix}", partnership.GetProperty("partnerCountry").GetString());
        Assert.Equal("InImplementation", partnership.GetProperty("status").GetString());
        Assert.Equal("2015-03-10", partnership.GetProperty("signedOn").GetString());
        var listed = partnership.GetProperty("participants").EnumerateArray().ToList();
        Assert.Equal(participants.Select(Guid.Parse).Order(), listed.Select(p => p.GetProperty("organisationId").GetGuid()).Order());
        Assert.All(listed, p => Assert.Equal("OriginalSignatory", p.GetProperty("basis").GetString()));
        Assert.Contains(listed, p => p.GetProperty("organisation").GetString() == $"API test agency {scene.Suffix}" && p.GetProperty("kind").GetString() == "EuAgency");
        Assert.Equal(["Negotiation", "InImplementation"], partnership.GetProperty("statusChanges").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.Equal(
            [(JsonValueKind.Null, "Unknown"), (JsonValueKind.String, "Day")],
            partnership.GetProperty("statusChanges").EnumerateArray().Select(c => (c.GetProperty("on").ValueKind, c.GetProperty("precision").GetString())));
    }

    [Fact]
    public async Task An_initiative_comes_whole_with_partners_funding_period_and_latest_progress()
    {
        var scene = await ApiScene.StoreAsync(app);
        var area = await app.Database.ScalarAsync<string>("SELECT name FROM thematic_areas WHERE id = $1", scene.ThematicAreaId);
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var initiative = await client.GetJsonAsync($"api/v1/initiatives/{scene.Shared}");

        Assert.Equal(scene.PartnershipId, initiative.GetProperty("partnershipId").GetGuid());
        Assert.Equal($"API-{scene.Suffix}-1", initiative.GetProperty("referenceCode").GetString());
        Assert.Equal("LegalMigration", initiative.GetProperty("pillar").GetString());
        Assert.Equal("Ongoing", initiative.GetProperty("status").GetString());
        Assert.Equal([area], initiative.GetProperty("thematicAreas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal($"API test agency {scene.Suffix}", initiative.GetProperty("lead").GetString());
        Assert.Equal(
            [($"Testland {scene.Suffix}", "Participating"), ($"API test implementer {scene.Suffix}", "Implementing")],
            initiative.GetProperty("partners").EnumerateArray().Select(p => (p.GetProperty("organisation").GetString(), p.GetProperty("role").GetString())));
        var line = Assert.Single(initiative.GetProperty("fundingLines").EnumerateArray());
        Assert.Equal("EuProgramme", line.GetProperty("sourceKind").GetString());
        Assert.Equal(scene.Programme, line.GetProperty("programme").GetString());
        Assert.Equal(1000m, line.GetProperty("totalBudget").GetDecimal());
        Assert.Equal(800m, line.GetProperty("euContribution").GetDecimal());
        Assert.Equal(1000m, initiative.GetProperty("totalBudget").GetDecimal());
        var period = initiative.GetProperty("period");
        Assert.Equal("2016-01-01", period.GetProperty("startMonth").GetString());
        Assert.Equal("2018-12-01", period.GetProperty("endMonth").GetString());
        Assert.Equal("Workers placed", Assert.Single(initiative.GetProperty("indicators").EnumerateArray()).GetProperty("name").GetString());
        var progress = initiative.GetProperty("latestProgress");
        Assert.Equal("2024-05-02", progress.GetProperty("reportedOn").GetString());
        Assert.Equal("OnTrack", progress.GetProperty("rating").GetString());
        Assert.Equal("Halfway there.", progress.GetProperty("narrative").GetString());
        Assert.True(initiative.GetProperty("isShareable").GetBoolean());

        var circular = await client.GetJsonAsync($"api/v1/initiatives/{scene.Circular}");
        Assert.Equal(JsonValueKind.Null, circular.GetProperty("latestProgress").ValueKind);
        Assert.Equal(JsonValueKind.Null, circular.GetProperty("lead").ValueKind);
    }
}
