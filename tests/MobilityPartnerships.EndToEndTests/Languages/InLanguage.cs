using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.EndToEndTests.Languages;

/// <summary>
/// A language a browser test runs in: the app's own texts in it (read from Strings.resx and Strings.fr.resx, so a test
/// finds a button by the name the user reads), and browser contexts that carry its culture cookie, as a user's choice would.
/// </summary>
public sealed class InLanguage
{
    private static readonly ResourceManager Texts = new(typeof(Strings));

    private readonly bool bracketed;

    private InLanguage(string code, string culture, bool bracketed = false) =>
        (Code, Culture, this.bracketed) = (code, CultureInfo.GetCultureInfo(culture), bracketed);

    public static InLanguage English { get; } = new("en", "en-GB");

    public static InLanguage French { get; } = new("fr", "fr-FR");

    /// <summary>
    /// English as an app with <see cref="PseudoLanguage"/> speaks it: each of the app's texts in brackets. Only that app
    /// has it; the languages users choose are <see cref="Codes"/>.
    /// </summary>
    public static InLanguage Pseudo { get; } = new("en", "en-GB", bracketed: true);

    /// <summary>The languages a sweep runs in, by code: what a theory's data names.</summary>
    public static IReadOnlyList<string> Codes => [English.Code, French.Code];

    public string Code { get; }

    /// <summary>How the app writes dates and amounts in this language.</summary>
    public CultureInfo Culture { get; }

    public static InLanguage Of(string code) => code == French.Code ? French : English;

    /// <summary>The app's text of <paramref name="key"/> in this language, with its values.</summary>
    public string Text(string key, params object[] values)
    {
        var text = Texts.GetString(key, Culture) ?? throw new ArgumentException($"Strings.resx has no key {key}.", nameof(key));
        text = values.Length == 0 ? text : string.Format(Culture, text, values);
        return bracketed ? PseudoLanguage.Bracket(text) : text;
    }

    /// <summary>The app's text of <paramref name="key"/> in this language, whatever its values: a pattern that finds it.</summary>
    public Regex Pattern(string key)
    {
        const string Marker = "\u0001";
        return new Regex(Regex.Escape(Text(key, Marker, Marker, Marker)).Replace(Marker, ".+", StringComparison.Ordinal));
    }

    /// <summary>Sets the standard culture cookie (the one the language switch sets) on a browser context.</summary>
    public Task ChooseInAsync(IBrowserContext context, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(baseAddress);
        return context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={Code}|uic={Code}"), Url = baseAddress.ToString() }]);
    }

    /// <summary>As <see cref="AppFixture.OpenAsync"/>, in this language: signed in, the culture cookie set, the page connected.</summary>
    public async Task<IPage> OpenAsync(AppFixture app, string path, string account = AppFixture.Administrator, bool bypassContentSecurityPolicy = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        var context = await app.NewContextAsync(account, bypassContentSecurityPolicy);
        await ChooseInAsync(context, app.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await AppFixture.WaitForInteractivityAsync(page);
        return page;
    }

    public override string ToString() => Code;
}
