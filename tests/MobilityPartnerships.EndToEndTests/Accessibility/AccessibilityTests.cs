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

    /// <summary>axe-core's violations above "minor" in the element the script names, as readable lines.</summary>
    private const string AxeViolations = "async (root) => (await axe.run(root ? document.querySelector(root) : document, { resultTypes: ['violations'] })).violations.filter(v => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))";

    private readonly SweptScreens screens = new(app);

    /// <summary>Each page in each language.</summary>
    public static TheoryData<string, string> Pages => InEachLanguage(SweptScreens.PageNames);

    /// <summary>Each dialog in each language.</summary>
    public static TheoryData<string, string> Dialogs => InEachLanguage(SweptScreens.DialogNames);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_accessibility_violation_above_minor(string which, string language)
    {
        Assert.True(File.Exists(AxeScript), $"axe-core is missing: run npm ci in tests/MobilityPartnerships.EndToEndTests ({AxeScript}).");
        var page = await screens.OpenAsync(which, InLanguage.Of(language));

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
        var (page, opener) = await screens.OpenDialogAsync(which, InLanguage.Of(language));
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
            try
            {
                await Expect(opener).ToBeFocusedAsync();
            }
            catch (PlaywrightException)
            {
                var active = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 300) : 'nothing'");
                Assert.Fail($"{which} ({language}): the focus did not go back to the button that opened the dialog; it is on {active}.");
            }
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
}
