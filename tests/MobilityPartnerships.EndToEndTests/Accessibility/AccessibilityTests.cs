using System.Text.Json;
using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Languages;
using MobilityPartnerships.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Accessibility;

/// <summary>
/// Every page and every dialog, with the demo data loaded, in English and in French, has no violation found by axe-core
/// above "minor" (moderate, serious or critical); a dialog holds the focus while open and gives it back to what opened it.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class AccessibilityTests(AppFixture app)
{
    private static readonly string AxeScript = Path.Combine(RepositoryPaths.Root, "tests", "MobilityPartnerships.EndToEndTests", "node_modules", "axe-core", "axe.min.js");

    private static readonly string[] PageNames = ["my work:focal.point", "my work:sweden", "my work:task.force", "partnerships", "partnership:Mobility Partnership with the Republic of Moldova", "partnership:Mobility Partnership with Senegal", "published versions", "published comparison", "dashboard", "commitments", "coverage", "initiative", "indicator", "initiative editing", "month picker", "import preview", "organisations", "users", "mail", "meetings", "meeting", "search", "no/such/page", "sign-in"];

    /// <summary>axe-core's violations above "minor" in the element the script names, as readable lines.</summary>
    private const string AxeViolations = "async (root) => (await axe.run(root ? document.querySelector(root) : document, { resultTypes: ['violations'] })).violations.filter(v => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))";

    private static readonly string[] DialogNames = ["new partnership", "partnership details", "status change", "signature", "participant", "withdrawal", "meeting planning", "cancel meeting", "organisation", "user", "conflict", "confirmation"];

    /// <summary>Each page in each language.</summary>
    public static TheoryData<string, string> Pages => InEachLanguage(PageNames);

    /// <summary>Each dialog in each language.</summary>
    public static TheoryData<string, string> Dialogs => InEachLanguage(DialogNames);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_accessibility_violation_above_minor(string which, string language)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing: run npm ci in tests/MobilityPartnerships.EndToEndTests ({AxeScript}).");
        var page = await OpenAsync(which, InLanguage.Of(language));

        // Closed after each page: an account has at most 10 connected pages (Circuits:MaxPerUser), and the demo
        // accounts are shared by every browser test.
        try
        {
            await page.WaitForTimeoutAsync(300);

            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
            var json = await page.EvaluateAsync<JsonElement>(AxeViolations, (string?)null);

            var violations = json.EnumerateArray().Select(v => v.ToString()).ToList();
            Assert.True(violations.Count == 0, $"{which} ({language}): {string.Join(Environment.NewLine, violations)}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Dialogs))]
    public async Task Dialog_has_no_accessibility_violation_above_minor_and_holds_the_focus(string which, string language)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing: run npm ci in tests/MobilityPartnerships.EndToEndTests ({AxeScript}).");
        var (page, opener) = await OpenDialogAsync(which, InLanguage.Of(language));
        try
        {
            var dialog = page.Locator(".mud-dialog");
            await Expect(dialog).ToBeVisibleAsync();
            await page.WaitForTimeoutAsync(300);

            // The focus is inside the dialog, and stays there however far Tab goes.
            Assert.True(await FocusInDialogAsync(page), $"{which}: the focus is not in the dialog once it is open.");
            for (var i = 0; i < 25; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                Assert.True(await FocusInDialogAsync(page), $"{which}: Tab took the focus out of the open dialog.");
            }

            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
            var json = await page.EvaluateAsync<JsonElement>(AxeViolations, ".mud-dialog-container");
            var violations = json.EnumerateArray().Select(v => v.ToString()).ToList();
            Assert.True(violations.Count == 0, $"{which} ({language}): {string.Join(Environment.NewLine, violations)}");

            // Escape closes it and the focus goes back to the button that opened it.
            await page.Keyboard.PressAsync("Escape");
            await Expect(dialog).ToHaveCountAsync(0);
            await Expect(opener).ToBeFocusedAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static TheoryData<string, string> InEachLanguage(string[] names)
    {
        var data = new TheoryData<string, string>();
        foreach (var language in InLanguage.Codes)
        {
            foreach (var name in names)
            {
                data.Add(name, language);
            }
        }

        return data;
    }

    private static Task<bool> FocusInDialogAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => !!document.activeElement && !!document.activeElement.closest('.mud-dialog-container')");

    /// <summary>Opens the page that has the dialog and presses the button that opens it; returns the page and that button.</summary>
    private async Task<(IPage Page, ILocator Opener)> OpenDialogAsync(string which, InLanguage language)
    {
        async Task<(IPage, ILocator)> PressAsync(IPage page, ILocator opener)
        {
            await Expect(opener).ToBeEnabledAsync();
            await opener.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            return (page, opener);
        }

        IPage onPage;
        switch (which)
        {
            case "new partnership":
                onPage = await language.OpenAsync(app, "partnerships", bypassContentSecurityPolicy: true);
                return await PressAsync(onPage, onPage.GetByRole(AriaRole.Button, new() { Name = language.Text("Partnerships_New") }));
            case "partnership details" or "status change" or "participant" or "withdrawal" or "meeting planning":
                onPage = await OpenAsync("partnership:Mobility Partnership with the Republic of Moldova", language);
                return await PressAsync(onPage, which switch
                {
                    "partnership details" => onPage.GetByRole(AriaRole.Button, new() { Name = language.Text("Editing_Edit"), Exact = true }),
                    "status change" => onPage.GetByRole(AriaRole.Button, new() { Name = language.Text("Partnership_ChangeStatus") }),
                    "participant" => onPage.GetByRole(AriaRole.Button, new() { Name = language.Text("Partnership_AddParticipant") }),
                    "withdrawal" => onPage.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(language.Text("Partnership_RecordWithdrawal", string.Empty).Trim())) }).First,
                    _ => onPage.GetByTestId("partnership-plan-meeting"),
                });
            case "signature":
                onPage = await OpenAsync("partnership:Mobility Partnership with Senegal", language);
                return await PressAsync(onPage, onPage.GetByRole(AriaRole.Button, new() { Name = language.Text("Partnership_RecordSignature") }));
            case "cancel meeting":
            {
                // A meeting whose minutes are not approved yet, so it may still be cancelled.
                var meeting = await app.Database.ScalarAsync<Guid>("SELECT m.id FROM meetings m JOIN partnerships p ON p.id = m.partnership_id WHERE p.name = 'Mobility Partnership with the Republic of Moldova' AND m.minutes_approved_at IS NULL AND m.cancelled_at IS NULL ORDER BY m.held_on DESC LIMIT 1");
                onPage = await language.OpenAsync(app, $"meetings/{meeting}", bypassContentSecurityPolicy: true);
                return await PressAsync(onPage, onPage.GetByTestId("meeting-cancel"));
            }
            case "organisation":
                onPage = await language.OpenAsync(app, "organisations", bypassContentSecurityPolicy: true);
                return await PressAsync(onPage, onPage.GetByRole(AriaRole.Button, new() { Name = language.Text("Organisations_Add") }));
            case "user":
                onPage = await language.OpenAsync(app, "users", bypassContentSecurityPolicy: true);
                return await PressAsync(onPage, onPage.GetByTestId("invite-user"));
            case "confirmation":
                onPage = await OpenAsync("initiative", language);
                return await PressAsync(onPage, onPage.GetByRole(AriaRole.Button, new() { Name = language.Text("Delete_Yes") }));
            case "conflict":
            {
                // Someone else stores the initiative while it is open here: saving shows both versions.
                onPage = await OpenAsync("initiative editing", language);
                await AppFixture.WaitForEditorAsync(onPage);
                var id = Guid.Parse(System.Text.RegularExpressions.Regex.Match(onPage.Url, "initiatives/([0-9a-f-]{36})/edit").Groups[1].Value);
                await app.Database.ExecuteAsync("UPDATE initiatives SET summary = coalesce(summary, '') || ' ' WHERE id = $1", id);
                await onPage.GetByLabel(language.Text("Initiative_Field_Title"), new() { Exact = true }).FillAsync("A title changed at the same time");
                return await PressAsync(onPage, onPage.GetByRole(AriaRole.Button, new() { Name = language.Text("Editing_Save"), Exact = true }));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(which), which, "No such dialog in the sweep.");
        }
    }

    private async Task<IPage> OpenAsync(string which, InLanguage language)
    {
        if (which == "sign-in")
        {
            // Static, without a circuit: the page anonymous users see.
            var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), BypassCSP = true });
            await language.ChooseInAsync(context, app.BaseAddress);
            var page = await context.NewPageAsync();
            await page.GotoAsync("sign-in?error=invalid");
            return page;
        }

        if (which.StartsWith("partnership:", StringComparison.Ordinal))
        {
            var page = await language.OpenAsync(app, "partnerships", bypassContentSecurityPolicy: true);
            await page.GetByRole(AriaRole.Link, new() { Name = which["partnership:".Length..] }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(which["partnership:".Length..]);
            await Assertions.Expect(page.Locator("#scoreboard-totals")).ToBeVisibleAsync();
            return page;
        }

        if (which.StartsWith("my work:", StringComparison.Ordinal))
        {
            var page = await language.OpenAsync(app, "my-work", $"{which["my work:".Length..]}@mobility-partnerships.example", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("[data-testid=work-intro]")).ToBeVisibleAsync();
            return page;
        }

        if (which == "dashboard")
        {
            var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
            var page = await language.OpenAsync(app, $"partnerships/{moldova}/dashboard", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "commitments")
        {
            var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
            var page = await language.OpenAsync(app, $"partnerships/{moldova}/commitments", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("[data-testid=commitment-gap]").First).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "coverage")
        {
            var page = await language.OpenAsync(app, "coverage?titles=1", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("[data-testid=coverage-matrix]")).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which is "published versions" or "published comparison")
        {
            var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
            var page = await language.OpenAsync(app, which == "published versions" ? $"partnerships/{moldova}/versions" : $"partnerships/{moldova}/versions/compare", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(language.Text(which == "published versions" ? "Published_Title" : "Published_CompareTitle"));
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "search")
        {
            // Results of every kind: initiatives, partnerships, organisations and contact points.
            var page = await language.OpenAsync(app, "search?q=moldova", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.GetByTestId("search-summary")).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "initiative")
        {
            var page = await OpenAsync("partnership:Mobility Partnership with Georgia", language);
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
            var page = await language.OpenAsync(app, $"initiatives/{scene.InitiativeId}/indicators/{scene.IndicatorId}", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.GetByTestId("indicator-values")).ToBeVisibleAsync();
            await AppFixture.WaitForInteractivityAsync(page);
            return page;
        }

        if (which == "initiative editing")
        {
            var page = await OpenAsync("initiative", language);
            await page.GetByRole(AriaRole.Link, new() { Name = language.Text("Editing_Edit") }).ClickAsync();
            await Assertions.Expect(page.GetByLabel(language.Text("Initiative_Field_Title"), new() { Exact = true })).ToBeVisibleAsync();
            return page;
        }

        if (which == "month picker")
        {
            // The calendar a month field opens, in the page's flow.
            var page = await OpenAsync("initiative editing", language);
            await AppFixture.WaitForEditorAsync(page);
            await page.Locator(".date-field", new() { Has = page.GetByLabel(language.Text("Initiative_Field_StartMonth"), new() { Exact = true }) }).GetByRole(AriaRole.Button, new() { Name = language.Text("DateField_ChooseMonth") }).ClickAsync();
            await Expect(page.GetByTestId("date-field-panel")).ToBeVisibleAsync();
            return page;
        }

        if (which == "import preview")
        {
            // A sheet with a question, a problem and a new row, so every part of the preview is on the page.
            var page = await OpenAsync("partnership:Mobility Partnership with the Republic of Moldova", language);
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
            var page = await language.OpenAsync(app, $"meetings/{meeting}", bypassContentSecurityPolicy: true);
            await Assertions.Expect(page.GetByTestId("action-points")).ToBeVisibleAsync();
            return page;
        }

        return await language.OpenAsync(app, which, bypassContentSecurityPolicy: true);
    }

    private static DateOnly QuarterStart(string quarter) =>
        new(int.Parse(quarter[..4], System.Globalization.CultureInfo.InvariantCulture), ((quarter[^1] - '1') * 3) + 1, 1);
}
