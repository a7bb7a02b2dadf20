using System.Net;
using System.Text.Json;

namespace MobilityPartnerships.EndToEndTests.Api;

/// <summary>
/// A partnership's initiatives through the API: each filter returns exactly the rows the database says match,
/// pages follow one another without gaps or repeats, and a filter the API does not understand is a 400 that names it.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ApiInitiativeQueryTests(AppFixture app)
{
    private const string FocalPoint = "focal.point@mobility-partnerships.example";

    [Theory]
    [InlineData("", "NOT i.is_archived")]
    [InlineData("pillar=LegalMigration", "i.pillar = 'LegalMigration' AND NOT i.is_archived")]
    [InlineData("pillar=legalmigration&status=ongoing", "i.pillar = 'LegalMigration' AND i.status = 'Ongoing' AND NOT i.is_archived")]
    [InlineData("status=Completed", "i.status = 'Completed' AND NOT i.is_archived")]
    [InlineData("leadId={agency}", "i.lead_organisation_id = '{agency}' AND NOT i.is_archived")]
    [InlineData("thematicAreaId={area}", "EXISTS (SELECT 1 FROM initiative_thematic_areas t WHERE t.initiative_id = i.id AND t.thematic_area_id = '{area}') AND NOT i.is_archived")]
    [InlineData("programme={programme}", "EXISTS (SELECT 1 FROM funding_lines f WHERE f.initiative_id = i.id AND f.programme = '{programme}') AND NOT i.is_archived")]
    [InlineData("text=CIRCULAR", "i.title ILIKE '%circular%' AND NOT i.is_archived")]
    [InlineData("includeArchived=true", "true")]
    [InlineData("includeArchived=true&pillar=LegalMigration&status=Ongoing", "i.pillar = 'LegalMigration' AND i.status = 'Ongoing'")]
    public async Task A_filter_returns_exactly_the_initiatives_the_database_says_match(string filter, string condition)
    {
        var scene = await ApiScene.StoreAsync(app);
        var expected = await app.Database.RowsAsync($"SELECT i.id FROM initiatives i WHERE i.partnership_id = $1 AND ({Fill(condition, scene, value => value)})", scene.PartnershipId);
        Assert.NotEmpty(expected);
        using var client = await app.SignedInClientAsync(FocalPoint);

        var page = await client.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/initiatives?pageSize=200&{Fill(filter, scene, Uri.EscapeDataString)}");

        Assert.Equal(expected.Select(Guid.Parse).Order(), page.GetProperty("items").Ids().Select(Guid.Parse).Order());
        Assert.Equal(expected.Count, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Pages_follow_the_order_asked_for_without_gaps_or_repeats()
    {
        var scene = await ApiScene.StoreAsync(app);
        var ordered = (await app.Database.RowsAsync("SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY title, id", scene.PartnershipId)).Select(Guid.Parse).ToList();
        Assert.Equal(5, ordered.Count);
        using var client = await app.SignedInClientAsync(FocalPoint);

        var pages = new List<JsonElement>();
        for (var number = 1; number <= 4; number++)
        {
            pages.Add(await client.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/initiatives?includeArchived=true&pageSize=2&page={number}"));
        }

        Assert.Equal(ordered.Take(2), pages[0].GetProperty("items").Ids().Select(Guid.Parse));
        Assert.Equal(ordered.Skip(2).Take(2), pages[1].GetProperty("items").Ids().Select(Guid.Parse));
        Assert.Equal(ordered.Skip(4), pages[2].GetProperty("items").Ids().Select(Guid.Parse));
        Assert.Empty(pages[3].GetProperty("items").EnumerateArray());
        Assert.All(pages, p => Assert.Equal(5, p.GetProperty("totalCount").GetInt32()));
        Assert.Equal([1, 2, 3, 4], pages.Select(p => p.GetProperty("page").GetInt32()));
        Assert.All(pages, p => Assert.Equal(2, p.GetProperty("pageSize").GetInt32()));

        var reversed = await client.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/initiatives?includeArchived=true&sort=Title&descending=true");
        Assert.Equal(Enumerable.Reverse(ordered), reversed.GetProperty("items").Ids().Select(Guid.Parse));
        Assert.Equal(50, reversed.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("status=NoSuchStatus", "status")]
    [InlineData("pillar=1", "pillar")]
    [InlineData("pillar=LegalMigration,IllegalMigration", "pillar")]
    [InlineData("thematicAreaId=not-an-id", "thematicAreaId")]
    [InlineData("leadId=42", "leadId")]
    [InlineData("sort=Colour", "sort")]
    [InlineData("descending=maybe", "descending")]
    [InlineData("includeArchived=yes", "includeArchived")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=two", "page")]
    [InlineData("page=2147483647", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("text={long}", "text")]
    [InlineData("programme={long}", "programme")]
    [InlineData("commitment=42", "commitment")]
    [InlineData("late=false", "late")] // was every initiative, the late one included
    [InlineData("needsUpdate=false", "needsUpdate")]
    public async Task A_filter_the_api_does_not_understand_is_a_400_naming_the_field(string filter, string field)
    {
        var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var (status, mediaType, body) = await client.GetRawAsync($"api/v1/partnerships/{moldova}/initiatives?{filter.Replace("{long}", new string('x', 201), StringComparison.Ordinal)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        using var problem = JsonDocument.Parse(body);
        var errors = problem.RootElement.GetProperty("errors");
        var messages = Assert.Single(errors.EnumerateObject(), e => e.Name == field).Value;
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(messages.EnumerateArray()).GetString()));
        Assert.Single(errors.EnumerateObject());
    }

    [Fact]
    public async Task A_partnership_list_filter_the_api_does_not_understand_is_a_400_naming_the_field()
    {
        using var client = await app.SignedInClientAsync(AppFixture.Administrator);

        var (status, mediaType, body) = await client.GetRawAsync("api/v1/partnerships?includeArchived=sometimes");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal("includeArchived", Assert.Single(problem.RootElement.GetProperty("errors").EnumerateObject()).Name);
    }

    private static string Fill(string text, ApiScene scene, Func<string, string> escape) =>
        text.Replace("{agency}", scene.AgencyId.ToString(), StringComparison.Ordinal)
            .Replace("{area}", scene.ThematicAreaId.ToString(), StringComparison.Ordinal)
            .Replace("{programme}", escape(scene.Programme), StringComparison.Ordinal);
}
