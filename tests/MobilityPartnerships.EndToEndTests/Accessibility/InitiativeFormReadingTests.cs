using System.Text.Json;
using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Languages;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Accessibility;

/// <summary>
/// The initiative form as a screen reader reads it, in English and in French, with several funding lines, contact points
/// and indicators: no two fields read the same once the groups they are in are said (each repeated line is a group named
/// after it), and after a failed save every field marked invalid is described by the message it shows, the amount with
/// its € sign and a number field as much as a text field. axe-core checks neither.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class InitiativeFormReadingTests(AppFixture app)
{
    /// <summary>
    /// The form's fields as read: each field's groups (fieldset legends, named role=group), outermost first, then its own
    /// name (aria-labelledby, aria-label, its label); and each invalid field's description beside the message it shows.
    /// </summary>
    private const string ReadForm = """
        (form) => {
            const text = e => (e?.textContent ?? '').trim();
            const nameOf = f => {
                const by = f.getAttribute('aria-labelledby');
                if (by) return by.split(/\s+/).map(id => text(document.getElementById(id))).join(' ');
                if (f.getAttribute('aria-label')) return f.getAttribute('aria-label').trim();
                const label = f.id ? document.querySelector(`label[for="${CSS.escape(f.id)}"]`) : null;
                return text(label ?? f.closest('label'));
            };
            const groupsOf = f => {
                const names = [];
                for (let e = f.parentElement; e && e !== document.body; e = e.parentElement) {
                    if (e.tagName === 'FIELDSET') names.unshift(text(e.querySelector(':scope > legend')));
                    else if (e.getAttribute('role') === 'group' && e.hasAttribute('aria-label')) names.unshift(e.getAttribute('aria-label').trim());
                }
                return names;
            };
            const readAs = f => [...groupsOf(f), nameOf(f)].join(' / ');
            const fields = [...form.querySelectorAll('input:not([type=hidden]), textarea, select, [role=combobox]')];
            return {
                names: fields.map(readAs),
                invalid: fields.filter(f => f.getAttribute('aria-invalid') === 'true').map(f => ({
                    field: readAs(f),
                    described: (f.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(id => id).map(id => text(document.getElementById(id))).join(' '),
                    shown: text(f.closest('.mud-input-control')?.querySelector('.mud-input-helper-text.mud-input-error .me-auto')),
                })),
            };
        }
        """;

    private readonly SweptScreens screens = new(app);

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task A_failed_save_leaves_every_invalid_field_described_and_no_two_fields_read_the_same(string code)
    {
        var language = InLanguage.Of(code);
        var page = await screens.OpenAsync("initiative editing", language);
        try
        {
            await AppFixture.WaitForEditorAsync(page);
            foreach (var add in new[] { "Editing_AddFundingLine", "Editing_AddContactPoint", "Editing_AddIndicator", "Editing_AddPartner" })
            {
                for (var i = 0; i < 2; i++)
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = language.Text(add), Exact = true }).ClickAsync();
                }
            }

            var funding = page.Locator("[data-testid^=funding-line-]");
            var amount = funding.Last.GetByLabel(language.Text("Common_TotalBudget"), new() { Exact = true });
            await amount.FillAsync("12abc");
            var indicator = page.Locator("[data-testid^=indicator-]").Last;
            await indicator.GetByLabel(language.Text("Initiative_Field_IndicatorName"), new() { Exact = true }).FillAsync("Jobs created for the form check");
            await indicator.GetByLabel(language.Text("Indicator_Field_Unit"), new() { Exact = true }).FillAsync("jobs");
            var baseline = indicator.GetByLabel(language.Text("Indicator_Field_BaselineValue"), new() { Exact = true });
            await baseline.FillAsync("-3");
            await page.GetByRole(AriaRole.Button, new() { Name = language.Text("Editing_Save"), Exact = true }).ClickAsync();

            await Expect(amount).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(baseline).ToHaveAttributeAsync("aria-invalid", "true");
            Assert.EndsWith("/edit", page.Url, StringComparison.Ordinal);
            var read = await page.Locator("form:has([data-testid^=funding-line-])").EvaluateAsync<JsonElement>(ReadForm);

            var names = read.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList();
            Assert.True(names.Count > 40, $"Only {names.Count} fields found: {string.Join("; ", names)}");
            var unnamed = names.Where(n => n.Length == 0 || n.EndsWith(" / ", StringComparison.Ordinal)).ToList();
            Assert.True(unnamed.Count == 0, $"{code}: {unnamed.Count} fields without a name.");
            var repeated = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").ToList();
            Assert.True(repeated.Count == 0, $"{code}: fields that read the same: {string.Join("; ", repeated)}");

            var invalid = read.GetProperty("invalid").EnumerateArray()
                .Select(f => (Field: f.GetProperty("field").GetString()!, Described: f.GetProperty("described").GetString()!, Shown: f.GetProperty("shown").GetString()!))
                .ToList();
            Assert.Contains(invalid, f => f.Field.EndsWith(" / " + language.Text("Common_TotalBudget"), StringComparison.Ordinal));
            Assert.Contains(invalid, f => f.Field.EndsWith("Jobs created for the form check / " + language.Text("Indicator_Field_BaselineValue"), StringComparison.Ordinal));
            var undescribed = invalid.Where(f => f.Shown.Length == 0 || f.Described != f.Shown).Select(f => $"{f.Field} (described by: '{f.Described}'; shows: '{f.Shown}')").ToList();
            Assert.True(undescribed.Count == 0, $"{code}: invalid fields not described by their message: {string.Join("; ", undescribed)}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
