using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.IntegrationTests.Api;

/// <summary>
/// A write the API refuses lists every problem of the request at once, each at its field — the form's rules, the ids the
/// database does not know or holds elsewhere, the domain's rules — so that a program fixes them in one round; nothing
/// is stored.
/// </summary>
public sealed class InitiativeApiRefusalTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_update_naming_another_partnerships_commitment_and_an_unknown_priority_is_refused_at_both_and_changes_nothing()
    {
        var scene = await Scene.StoreAsync(api);
        var own = await PrioritiesAndCommitments.StoreAsync(api, scene.PartnershipId, scene.InitiativeId);
        var elsewhere = await PrioritiesAndCommitments.StoreAsync(api, (await Scene.StoreAsync(api)).PartnershipId);
        using var client = await api.AdministratorClientAsync();
        var (draft, tag) = await DraftAsync(client, scene.InitiativeId);

        draft["priority"] = "Not one of the partnership's priorities";
        draft["commitmentId"] = elsewhere.CommitmentId;
        var errors = await RefusedAsync(await PutAsync(client, scene.InitiativeId, draft, tag));

        Assert.Equal(["commitmentId", "priority"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(tag, (await DraftAsync(client, scene.InitiativeId)).Tag);
        Assert.Equal((own.Priority, own.CommitmentId), await PriorityAndCommitmentAsync(scene.InitiativeId));
    }

    [Fact]
    public async Task A_new_initiative_with_problems_of_every_kind_is_refused_with_each_at_its_field_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(api);
        await PrioritiesAndCommitments.StoreAsync(api, scene.PartnershipId);
        var elsewhere = await PrioritiesAndCommitments.StoreAsync(api, (await Scene.StoreAsync(api)).PartnershipId);
        using var client = await api.AdministratorClientAsync();
        var draft = new JsonObject
        {
            ["title"] = new string('T', Initiative.TitleMaxLength + 1),
            ["pillar"] = "LegalMigration",
            ["referenceCode"] = scene.ReferenceCode,
            ["thematicAreaIds"] = new JsonArray(JsonValue.Create(Guid.NewGuid())),
            ["priority"] = "Not one of the partnership's priorities",
            ["commitmentId"] = elsewhere.CommitmentId,
        };

        using var response = await client.PostAsJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/initiatives", draft, Ct);
        var errors = await RefusedAsync(response);

        Assert.Equal(["commitmentId", "priority", "referenceCode", "thematicAreaIds[0]", "title"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, messages => Assert.Single(messages));
        await using var db = await api.CreateContextAsync();
        Assert.Equal(1, await db.Initiatives.CountAsync(i => i.PartnershipId == scene.PartnershipId, Ct));
    }

    [Fact]
    public async Task A_commitment_of_another_partnership_sent_alone_is_refused_at_its_field()
    {
        var scene = await Scene.StoreAsync(api);
        var elsewhere = await PrioritiesAndCommitments.StoreAsync(api, (await Scene.StoreAsync(api)).PartnershipId);
        using var client = await api.AdministratorClientAsync();
        var (draft, tag) = await DraftAsync(client, scene.InitiativeId);

        draft["commitmentId"] = elsewhere.CommitmentId;
        var errors = await RefusedAsync(await PutAsync(client, scene.InitiativeId, draft, tag));

        Assert.Equal(["commitmentId"], errors.Keys);
        Assert.Equal(((string?)null, (Guid?)null), await PriorityAndCommitmentAsync(scene.InitiativeId));
    }

    [Fact]
    public async Task A_body_with_several_values_of_the_wrong_kind_is_refused_at_each_and_changes_nothing()
    {
        var scene = await Scene.StoreAsync(api);
        using var client = await api.AdministratorClientAsync();
        var (draft, tag) = await DraftAsync(client, scene.InitiativeId);

        draft["pillar"] = "Nonsense";
        draft["durationMonths"] = "twelve";
        draft["isShareable"] = "yes";
        draft["fundingLines"]![0]!["totalBudget"] = new JsonObject();
        var errors = await RefusedAsync(await PutAsync(client, scene.InitiativeId, draft, tag));

        Assert.Equal(["durationMonths", "fundingLines[0].totalBudget", "isShareable", "pillar"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(tag, (await DraftAsync(client, scene.InitiativeId)).Tag);
    }

    private static async Task<(JsonObject Draft, string Tag)> DraftAsync(HttpClient client, Guid initiativeId)
    {
        using var response = await client.GetAsync($"api/v1/initiatives/{initiativeId}/draft", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!, response.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid initiativeId, JsonObject draft, string tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/v1/initiatives/{initiativeId}") { Content = JsonContent.Create(draft) };
        request.Headers.TryAddWithoutValidation("If-Match", tag);
        return client.SendAsync(request, Ct);
    }

    /// <summary>The problem document's errors, by field, of an answer that must be 400.</summary>
    private static async Task<Dictionary<string, string[]>> RefusedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.GetProperty("errors").EnumerateObject()
                .ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal);
        }
    }

    private async Task<(string? Priority, Guid? CommitmentId)> PriorityAndCommitmentAsync(Guid initiativeId)
    {
        await using var db = await api.CreateContextAsync();
        var stored = await db.Initiatives.Where(i => i.Id == initiativeId).Select(i => new { i.Priority, i.CommitmentId }).SingleAsync(Ct);
        return (stored.Priority, stored.CommitmentId);
    }
}
