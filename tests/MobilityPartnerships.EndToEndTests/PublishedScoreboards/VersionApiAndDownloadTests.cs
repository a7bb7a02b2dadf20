using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.EndToEndTests.Api;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Security.Access;
using Sylvan.Data.Csv;

namespace MobilityPartnerships.EndToEndTests.PublishedScoreboards;

/// <summary>
/// A published version read from a program and downloaded: the API and the files give the version as it was
/// published, whatever changed since, and leave out rows not to be shared for the partner country's officials.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class VersionApiAndDownloadTests(AppFixture app)
{
    [Fact]
    public async Task The_api_gives_a_version_as_published_and_leaves_out_unshared_rows_for_the_partner_country()
    {
        var scene = await ApiScene.StoreAsync(app);
        await PublishAsync(scene.PartnershipId);
        await app.Database.ExecuteAsync("UPDATE initiatives SET title = 'Renamed after publication' WHERE id = $1", scene.Shared);

        using var administrator = await app.SignedInClientAsync(AppFixture.Administrator);
        var list = await administrator.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/versions");
        var summary = Assert.Single(list.EnumerateArray());
        Assert.Equal(1, summary.GetProperty("number").GetInt32());
        Assert.Equal(4, summary.GetProperty("initiativeCount").GetInt32());

        var version = await administrator.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/versions/1");
        var titles = version.GetProperty("initiatives").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Contains($"Seasonal work pilot {scene.Suffix}", titles);
        Assert.DoesNotContain("Renamed after publication", titles);
        Assert.Contains($"Confidential scheme {scene.Suffix}", titles);
        Assert.DoesNotContain($"Old study {scene.Suffix}", titles);
        Assert.Equal(1000m, version.GetProperty("totalBudget").GetDecimal());

        using var official = await app.SignedInClientAsync(scene.OfficialEmail);
        var seen = await official.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/versions/1");
        var seenTitles = seen.GetProperty("initiatives").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Equal(3, seenTitles.Count);
        Assert.DoesNotContain($"Confidential scheme {scene.Suffix}", seenTitles);
        Assert.Equal(3, Assert.Single((await official.GetJsonAsync($"api/v1/partnerships/{scene.PartnershipId}/versions")).EnumerateArray()).GetProperty("initiativeCount").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetRawAsync($"api/v1/partnerships/{scene.PartnershipId}/versions/2")).Status);
        using var outsider = await app.SignedInClientAsync("moldova@mobility-partnerships.example");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetRawAsync($"api/v1/partnerships/{scene.PartnershipId}/versions")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetRawAsync($"api/v1/partnerships/{scene.PartnershipId}/versions/1")).Status);
    }

    [Fact]
    public async Task A_version_downloads_as_it_was_in_csv_and_xlsx_without_unshared_rows_for_the_partner_country()
    {
        var scene = await ApiScene.StoreAsync(app);
        await PublishAsync(scene.PartnershipId);
        await app.Database.ExecuteAsync("UPDATE initiatives SET status = 'Cancelled' WHERE id = $1", scene.Return);

        using var administrator = await app.SignedInClientAsync(AppFixture.Administrator);
        using var csv = await administrator.GetAsync(new Uri($"partnerships/{scene.PartnershipId}/versions/1/export.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("-scoreboard-version-1-", csv.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var returnLine = Assert.Single(text.Split('\n'), l => l.Contains($"Return counselling {scene.Suffix}", StringComparison.Ordinal));
        Assert.Contains("Planned", returnLine, StringComparison.Ordinal);
        Assert.DoesNotContain("Cancelled", returnLine, StringComparison.Ordinal);
        Assert.Contains($"Confidential scheme {scene.Suffix}", text, StringComparison.Ordinal);

        using var official = await app.SignedInClientAsync(scene.OfficialEmail);
        var officialText = await official.GetStringAsync(new Uri($"partnerships/{scene.PartnershipId}/versions/1/export.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains($"Return counselling {scene.Suffix}", officialText, StringComparison.Ordinal);
        Assert.DoesNotContain($"Confidential scheme {scene.Suffix}", officialText, StringComparison.Ordinal);

        using var xlsx = await administrator.GetAsync(new Uri($"partnerships/{scene.PartnershipId}/versions/1/export.xlsx", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Take(2));
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync(new Uri($"partnerships/{scene.PartnershipId}/versions/9/export.xlsx", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_version_downloads_with_the_priority_commitment_summary_and_expected_results_it_kept()
    {
        var scene = await ApiScene.StoreAsync(app);
        await DescribeAsync(scene);
        await PublishAsync(scene.PartnershipId);
        await app.Database.ExecuteAsync("UPDATE initiatives SET expected_results = 'Changed after publication' WHERE id = $1", scene.Shared);

        using var administrator = await app.SignedInClientAsync(AppFixture.Administrator);
        var body = await administrator.GetByteArrayAsync(new Uri($"partnerships/{scene.PartnershipId}/versions/1/export.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        using var reader = CsvDataReader.Create(new StringReader(Encoding.UTF8.GetString(body, 3, body.Length - 3)), new CsvDataReaderOptions { Delimiter = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetString, StringComparer.Ordinal));
        }

        var row = Assert.Single(rows, r => r["Title"] == $"Seasonal work pilot {scene.Suffix}");
        Assert.Equal(Priority, row["Partner-country priority"]);
        Assert.Equal(CommitmentText, row["Commitment carried out"]);
        Assert.Equal("Seasonal jobs with a way home.", row["Summary"]);
        Assert.Equal("Two hundred workers placed and back home", row["Expected results"]);
    }

    private const string Priority = "Jobs for young people";

    private const string CommitmentText = "Open legal pathways for seasonal workers";

    /// <summary>Gives the shared initiative a priority, a commitment and expected results, through the domain.</summary>
    private async Task DescribeAsync(ApiScene scene)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var partnership = await db.Partnerships.SingleAsync(p => p.Id == scene.PartnershipId, TestContext.Current.CancellationToken);
        partnership.ReplacePriorities([Priority]);
        var commitment = Commitment.Record(partnership, CommitmentSide.EuAndMemberStates, Pillar.LegalMigration, CommitmentText, null, 1);
        db.Commitments.Add(commitment);
        var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene.Shared, TestContext.Current.CancellationToken);
        initiative.AssignPriority(partnership, Priority);
        initiative.LinkCommitment(commitment);
        initiative.ExpectResults("Two hundred workers placed and back home");
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Publishes the partnership's scoreboard as it is, as version 1, straight through the domain.</summary>
    private async Task PublishAsync(Guid partnershipId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var name = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleAsync(TestContext.Current.CancellationToken);
        var rows = await ScoreboardSnapshot.TakeAsync(db, partnershipId, TestContext.Current.CancellationToken);
        db.PublishedScoreboards.Add(PublishedScoreboard.Publish(partnershipId, name, 1, DateTimeOffset.UtcNow, "Test setup", null, null, rows));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
