using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Languages;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Accessibility;

/// <summary>
/// The pages and dialogs a sweep visits (the accessibility check in each language, the pseudo-language check): each by
/// name, with the demo data loaded, opened the way a user gets there.
/// </summary>
public sealed class SweptScreens(AppFixture app)
{
    /// <summary>The title the conflict dialog shows beside the stored one: what the user typed.</summary>
    public const string ConflictingTitle = "A title changed at the same time";

    /// <summary>The name of the file the import preview reads.</summary>
    public const string ImportFileName = "sheet.csv";

    /// <summary>The sheet the import preview shows: what a user chose, so its cells are the user's content.</summary>
    public const string ImportSheet =
        "Title;Pillar;Lead;Implementing partner;Total budget;EU contribution\n" +
        "Pilot on skills;Legal migration;Sweden;Organisation for Migration (IOM);1.190;500\n" +
        "Second pilot;Legal migration;Sweden;;1000;2000\n";

    public static readonly string[] PageNames = ["my work:focal.point", "my work:sweden", "my work:task.force", "partnerships", "partnership:Mobility Partnership with the Republic of Moldova", "partnership:Mobility Partnership with Senegal", "published versions", "published comparison", "dashboard", "commitments", "coverage", "initiative", "indicator", "initiative editing", "month picker", "import preview", "organisations", "users", "mail", "meetings", "meeting", "search", "no/such/page", "sign-in"];

    public static readonly string[] DialogNames = ["new partnership", "partnership details", "status change", "signature", "participant", "withdrawal", "meeting planning", "cancel meeting", "organisation", "user", "conflict", "confirmation"];

    /// <summary>Opens the page that has the dialog and presses the button that opens it; returns the page and that button.</summary>
    public async Task<(IPage Page, ILocator Opener)> OpenDialogAsync(string which, InLanguage language)
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
                    "withdrawal" => onPage.GetByRole(AriaRole.Button, new() { NameRegex = language.Pattern("Partnership_RecordWithdrawal") }).First,
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
                await onPage.GetByLabel(language.Text("Initiative_Field_Title"), new() { Exact = true }).FillAsync(ConflictingTitle);
                return await PressAsync(onPage, onPage.GetByRole(AriaRole.Button, new() { Name = language.Text("Editing_Save"), Exact = true }));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(which), which, "No such dialog in the sweep.");
        }
    }

    public async Task<IPage> OpenAsync(string which, InLanguage language)
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
            await AppFixture.ChooseFileAsync(page, new FilePayload { Name = ImportFileName, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(ImportSheet) });
            // Read and checked in the user's turn, as the import tests wait for it: 5 s was too short at load 20.
            await Assertions.Expect(page.GetByTestId("import-preview")).ToBeVisibleAsync(new() { Timeout = 30_000 });
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
