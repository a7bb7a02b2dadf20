using System.Text.Json;
using Microsoft.Playwright;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.EndToEndTests.Accessibility;

/// <summary>Every page, with the demo data loaded, has no serious or critical violation found by axe-core.</summary>
[Collection(RunningApp.Name)]
public sealed class AccessibilityTests(AppFixture app)
{
    private static readonly string AxeScript = Path.Combine(RepositoryPaths.Root, "tests", "MobilityPartnerships.EndToEndTests", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string> Pages => ["my work:focal.point", "my work:sweden", "my work:task.force", "partnerships", "partnership:Mobility Partnership with the Republic of Moldova", "partnership:Mobility Partnership with Senegal", "published versions", "published comparison", "dashboard", "commitments", "coverage", "initiative", "indicator", "initiative editing", "import preview", "organisations", "users", "mail", "meetings", "meeting", "search", "no/such/page", "sign-in"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_accessibility_violation(string which)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing: run npm ci in tests/MobilityPartnerships.EndToEndTests ({AxeScript}).");
        var page = await OpenAsync(which);

        // Closed after each page: an account has at most 10 connected pages (Circuits:MaxPerUser), and the demo
        // accounts are shared by every browser test.
        try
        {
            await page.WaitForTimeoutAsync(300);

            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
            var json = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))");

            var violations = json.EnumerateArray().Select(v => v.ToString()).ToList();
            Assert.True(violations.Count == 0, $"{which}: {string.Join(Environment.NewLine, violations)}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> OpenAsync(string which)
    {
        if (which == "sign-in")
        {
            // Static, without a circuit: the page anonymous users see.
            var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), BypassCSP = true });
            var page = await context.NewPageAsync();
            await page.GotoAsync("sign-in?error=invalid");
            return page;
        }

        if (which.StartsWith("partnership:", StringComparison.Ordinal))
        {
            var page = await app.OpenAsync("partnerships", bypassContentSecurityPolicy: true);
            await page.GetByRole(AriaRole.Link, new() { Name = which["partnership:".Length..] }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(which["partnership:".Length..]);
            await Assertions.Expect(page.Locator("#scoreboard-totals")).ToBeVisibleAsync();
            return page;
        }

        if (which.StartsWith("my work:", StringComparison.Ordinal))
        {
            var page = await app.OpenAsync("my-work", $"{which["my work:".Length..]}@mobility-partnerships.example", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("[data-testid=work-intro]")).ToBeVisibleAsync();
            return page;
        }

        if (which == "dashboard")
        {
            var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
            var page = await app.OpenAsync($"partnerships/{moldova}/dashboard", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "commitments")
        {
            var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
            var page = await app.OpenAsync($"partnerships/{moldova}/commitments", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("[data-testid=commitment-gap]").First).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "coverage")
        {
            var page = await app.OpenAsync("coverage?titles=1", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("[data-testid=coverage-matrix]")).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which is "published versions" or "published comparison")
        {
            var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
            var page = await app.OpenAsync(which == "published versions" ? $"partnerships/{moldova}/versions" : $"partnerships/{moldova}/versions/compare", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(which == "published versions" ? "Published scoreboards" : "Compare scoreboards");
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "search")
        {
            // Results of every kind: initiatives, partnerships, organisations and contact points.
            var page = await app.OpenAsync("search?q=moldova", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.GetByTestId("search-summary")).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "initiative")
        {
            var page = await OpenAsync("partnership:Mobility Partnership with Georgia");
            await page.Locator("table tbody tr.mud-table-row a").First.ClickAsync();
            await Assertions.Expect(page.Locator("dl")).ToBeVisibleAsync();
            return page;
        }

        if (which == "indicator")
        {
            // With a reported value, so the chart, the table and the badge are all on the page.
            var scene = await Indicators.IndicatorScene.StoreAsync(app, "Indicator for the accessibility check");
            await app.Database.ExecuteAsync(
                "INSERT INTO indicator_values (id, initiative_id, indicator_id, period_start, period_end, value, reporter_name, reported_at) VALUES ($1, $2, $3, $4, $5, 40, 'Demo administrator', now())",
                Guid.CreateVersion7(), scene.InitiativeId, scene.IndicatorId, QuarterStart(scene.Quarter), QuarterStart(scene.Quarter).AddMonths(3).AddDays(-1));
            var page = await app.OpenAsync($"initiatives/{scene.InitiativeId}/indicators/{scene.IndicatorId}", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.GetByTestId("indicator-values")).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "initiative editing")
        {
            var page = await OpenAsync("initiative");
            await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeVisibleAsync();
            return page;
        }

        if (which == "import preview")
        {
            // A sheet with a question, a problem and a new row, so every part of the preview is on the page.
            var page = await OpenAsync("partnership:Mobility Partnership with the Republic of Moldova");
            await page.GetByTestId("import-initiatives").ClickAsync();
            var csv = "Title;Pillar;Lead;Implementing partner;Total budget;EU contribution\n" +
                "Pilot on skills;Legal migration;Sweden;Organisation for Migration (IOM);1.196;500\n" +
                "Second pilot;Legal migration;Sweden;;1000;2000\n";
            await AppFixture.ChooseFileAsync(page, new FilePayload { Name = "sheet.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
            await Assertions.Expect(page.GetByTestId("import-preview")).ToBeVisibleAsync();
            return page;
        }

        if (which == "meeting")
        {
            // A meeting with every section filled: chairs, agenda, approved minutes, decisions, action points.
            var meeting = await app.Database.ScalarAsync<Guid>("SELECT m.id FROM meetings m JOIN partnerships p ON p.id = m.partnership_id WHERE p.name = 'Mobility Partnership with the Republic of Moldova' AND m.kind = 'CooperationPlatform' ORDER BY m.held_on LIMIT 1");
            var page = await app.OpenAsync($"meetings/{meeting}", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.GetByTestId("action-points")).ToBeVisibleAsync();
            return page;
        }

        return await app.OpenAsync(which, bypassContentSecurityPolicy: true);
    }

    private static DateOnly QuarterStart(string quarter) =>
        new(int.Parse(quarter[..4], System.Globalization.CultureInfo.InvariantCulture), ((quarter[^1] - '1') * 3) + 1, 1);
}
