using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.IntegrationTests.Api;
using MobilityPartnerships.IntegrationTests.Initiatives.Importing;
using MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Progress;

/// <summary>
/// "Completed" follows the status both ways: while the latest progress update rates an initiative Completed, its status
/// stays Completed — the edit form, the API and the workbook import are refused at the status, told to post an update
/// with the current rating first, and nothing changes. The dashboard then never counts it completed by its rating and
/// ongoing by its status.
/// </summary>
public sealed class CompletedStatusTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DateOnly Today => ProductDays.Today;

    private static string Refusal(DateOnly latest, string status) =>
        $"The latest progress update ({latest:d MMMM yyyy}) rates this initiative Completed, so its status cannot become {status}. First post a progress update that rates it as it now stands (on track, at risk or delayed), dated {latest:d MMMM yyyy} or later; then change the status.";

    [Fact]
    public async Task The_form_cannot_move_the_status_away_from_completed_until_a_later_update_rates_it_otherwise()
    {
        var scene = await CompletedAsync(Today.AddDays(-3));
        var editing = api.Get<EditInitiative>();

        var refused = await SaveStatusAsync(editing, scene, Domain.Initiatives.InitiativeStatus.Ongoing);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(refused).Errors);
        Assert.Equal((nameof(InitiativeDraft.Status), Refusal(Today.AddDays(-3), "Ongoing")), (error.Path, error.Message));
        Assert.Equal("Completed", await StatusAsync(scene));

        // An update dated before the "Completed" one is not the latest: the status still stays.
        await PostAsync(scene, Today.AddDays(-4), ProgressRating.OnTrack);
        Assert.IsType<WriteOutcome.Invalid>(await SaveStatusAsync(editing, scene, Domain.Initiatives.InitiativeStatus.Ongoing));

        await PostAsync(scene, Today.AddDays(-3), ProgressRating.Delayed);
        Assert.IsType<WriteOutcome.Done>(await SaveStatusAsync(editing, scene, Domain.Initiatives.InitiativeStatus.Ongoing));
        Assert.Equal("Ongoing", await StatusAsync(scene));
    }

    [Fact]
    public async Task Other_edits_of_an_initiative_rated_completed_are_stored()
    {
        var scene = await CompletedAsync(Today);
        var editing = api.Get<EditInitiative>();
        var loaded = (await editing.LoadAsync(scene.InitiativeId, Token))!;
        loaded.Draft.Title = "Labour migration pilot, closed";

        Assert.IsType<WriteOutcome.Done>(await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, loaded.Draft, Token));
    }

    [Fact]
    public async Task The_api_is_refused_at_the_status_and_nothing_changes()
    {
        var scene = await CompletedAsync(Today);
        using var client = await api.AdministratorClientAsync();
        using var read = await client.GetAsync($"api/v1/initiatives/{scene.InitiativeId}/draft", Token);
        var draft = (await read.Content.ReadFromJsonAsync<JsonObject>(Token))!;
        draft["status"] = "Cancelled";
        using var put = new HttpRequestMessage(HttpMethod.Put, $"api/v1/initiatives/{scene.InitiativeId}") { Content = JsonContent.Create(draft) };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);

        using var response = await client.SendAsync(put, Token);

        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        using var problem = JsonDocument.Parse(body);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal([Refusal(Today, "Cancelled")], errors.GetProperty("status").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Completed", await StatusAsync(scene));
    }

    [Fact]
    public async Task The_import_refuses_the_row_at_the_status_and_stores_nothing()
    {
        var scene = await CompletedAsync(Today);
        var workbook = await ExportAsync(scene);
        EditedWorkbook.SetText(ref workbook, EditedWorkbook.MainSheet(workbook), scene.ReferenceCode, "Status", "Ongoing");
        var request = Importing.Request(api.Services, scene.PartnershipId, workbook, "export.xlsx", new ImportSettings());

        var preview = await Importing.PreviewAsync(api.Services, request);

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        var problem = Assert.Single(row.Problems);
        Assert.Equal(("Status", Refusal(Today, "Ongoing")), (problem.Column, problem.Message));
        Assert.IsType<WriteOutcome.Invalid>(await Importing.ConfirmAsync(api.Services, request));
        Assert.Equal("Completed", await StatusAsync(scene));
    }

    /// <summary>The scene's initiative made Completed, with a progress update of <paramref name="ratedOn"/> that rates it so.</summary>
    private async Task<Scene> CompletedAsync(DateOnly ratedOn)
    {
        var scene = await Scene.StoreAsync(api);
        await api.Database.ExecuteAsync("UPDATE initiatives SET status = 'Completed' WHERE id = $1", scene.InitiativeId);
        await PostAsync(scene, ratedOn, ProgressRating.Completed);
        return scene;
    }

    private async Task PostAsync(Scene scene, DateOnly day, ProgressRating rating) =>
        Assert.IsType<WriteOutcome.Done>(await api.Get<PostProgressUpdate>().ExecuteAsync(scene.InitiativeId, new ProgressDraft { ReportedOn = day, Rating = rating, Narrative = $"{rating} on {day}." }, Token));

    private static async Task<WriteOutcome> SaveStatusAsync(EditInitiative editing, Scene scene, Domain.Initiatives.InitiativeStatus status)
    {
        var loaded = (await editing.LoadAsync(scene.InitiativeId, Token))!;
        loaded.Draft.Status = status;
        return await editing.SaveAsync(scene.PartnershipId, scene.InitiativeId, loaded.Version, loaded.Draft, Token);
    }

    private Task<string?> StatusAsync(Scene scene) =>
        api.Database.ScalarAsync<string>("SELECT status FROM initiatives WHERE id = $1", scene.InitiativeId);

    private async Task<byte[]> ExportAsync(Scene scene)
    {
        var export = await Exports.LoadAsync(api.Services, scene.PartnershipId, "columns=all");
        using var stream = new MemoryStream();
        XlsxScoreboardWriter.Write(export!, stream);
        return stream.ToArray();
    }
}
