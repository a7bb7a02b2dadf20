using System.Diagnostics;
using System.Globalization;
using Bunit;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Page;
using MobilityPartnerships.Web.Features.Organisations.Listing;
using static MobilityPartnerships.IntegrationTests.Initiatives.Importing.Page.ImportPageOnDatabase;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing.Page;

/// <summary>
/// Not a test: the figures for the import's preview of a sheet of 3,000 rows (or BENCH_ROWS) naming unknown partners — each row a
/// different name, and every row the same — run by scripts/bench/import-questions only. For each: the time to plan the
/// preview (reading and every rule, on the fixture's database) and to render the preview panel (bUnit, the organisations
/// of the database offered), the elements of its markup and the question components rendered, and the time to answer
/// one question (planned again and rendered again). Each line is written as soon as it is measured.
/// </summary>
public sealed class ImportQuestionsBenchmark(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    /// <summary>The rows of the sheet: 3,000, or BENCH_ROWS.</summary>
    private static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ROWS"), CultureInfo.InvariantCulture, out var rows) ? rows : 3_000;

    private readonly string output = Environment.GetEnvironmentVariable("BENCH_OUTPUT") ?? Path.Combine(Path.GetTempPath(), "bench-import-questions.txt");

    [Fact(Explicit = true)]
    public async Task Preview_a_sheet_naming_unknown_partners()
    {
        await WriteAsync($"Import preview of a CSV of {Rows:N0} new initiatives naming unknown partners (load average {LoadAverage()}):");
        await WriteAsync("                                   plan      render  elements  questions shown  answer one: plan + render");
        await MeasureAsync("warm-up (50 rows, distinct):", 50, distinct: true);
        await MeasureAsync(string.Create(CultureInfo.InvariantCulture, $"{Rows:N0} distinct unknown names:"), Rows, distinct: true);
        await MeasureAsync(string.Create(CultureInfo.InvariantCulture, $"{Rows:N0} rows, one unknown name:"), Rows, distinct: false);
    }

    private async Task MeasureAsync(string what, int rows, bool distinct)
    {
        var (partnershipId, lead) = await PartnershipAsync(Fixture);
        var request = Importing.Request(Fixture.Services, partnershipId, Sheet(rows, lead, distinct), "questions.csv", new ImportSettings());
        var organisations = await Fixture.Get<ListOrganisations>().ChoicesAsync(CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var preview = await Importing.PreviewAsync(Fixture.Services, request);
        var planned = clock.Elapsed;
        clock.Restart();
        var decided = new List<ImportDecisions>();
        var panel = Render<ImportPreviewPanel>(p => p
            .Add(c => c.Preview, preview)
            .Add(c => c.Decisions, request.Decisions)
            .Add(c => c.Organisations, organisations)
            .Add(c => c.MayCreateOrganisations, true)
            .Add(c => c.DecisionsChanged, (ImportDecisions d) => decided.Add(d)));
        var elements = panel.FindAll("*").Count;
        var rendered = clock.Elapsed;
        var questions = panel.FindComponents<OrganisationQuestionRow>();

        clock.Restart();
        await panel.InvokeAsync(() => questions[0].Instance.Answered.InvokeAsync(new OrganisationChoice.Added(OrganisationKind.Ngo)));
        var answered = await Importing.PreviewAsync(Fixture.Services, request with { Decisions = decided.Single() });
        var replanned = clock.Elapsed;
        clock.Restart();
        panel.Render(p => p.Add(c => c.Preview, answered).Add(c => c.Decisions, decided.Single()));
        Assert.Contains(panel.FindComponents<OrganisationQuestionRow>(), q => q.Instance.Question.Answer is not null);
        var rerendered = clock.Elapsed;
        await WriteAsync(string.Format(
            CultureInfo.InvariantCulture,
            "  {0,-30} {1,7:0.00} s {2,7:0.00} s {3,9:N0} {4,16:N0}  {5,7:0.00} s + {6,5:0.00} s",
            what,
            planned.TotalSeconds,
            rendered.TotalSeconds,
            elements,
            questions.Count,
            replanned.TotalSeconds,
            rerendered.TotalSeconds));
    }

    private Task WriteAsync(string line) => File.AppendAllTextAsync(output, line + Environment.NewLine, Xunit.TestContext.Current.CancellationToken);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
