using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MudBlazor;

namespace MobilityPartnerships.Web.Tests.Initiatives.Editing;

/// <summary>
/// A funding line's amounts as typed in the form, in English and in French: read as the import reads a typed amount
/// (MoneyText), so that "1.190" is never stored as € 1.19 in one place and asked about in the other. An ambiguous amount
/// is refused at its field with both readings and how to write each; a stored amount is shown with its cents, so that
/// the form opened and saved unchanged reads it back as it was.
/// </summary>
public sealed class FundingLineAmountsTests : ComponentTest
{
    private readonly FundingLineDraft line = new() { TotalBudget = 1000m, EuContribution = 800m };
    private readonly EditContext context;

    public FundingLineAmountsTests() => context = new EditContext(line);

    public static TheoryData<string, string, string> Fields => new()
    {
        { "en", "Total budget", "1.190" },
        { "en", "EU contribution", "1.190" },
        { "en", "EU contribution", "1,190" },
        { "fr", "Budget total", "1.190" },
        { "fr", "Contribution de l'UE", "1.190" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void An_ambiguous_amount_is_refused_at_its_field_with_both_readings(string language, string label, string typed)
    {
        UseCulture(language);
        var editor = Editor();

        Input(editor, label).Input(typed);
        Input(editor, label).Blur();

        Assert.Equal((1000m, 800m), (line.TotalBudget, line.EuContribution));
        Assert.False(context.Validate());
        var expected = language == "fr"
            ? $"«\u00a0{typed}\u00a0» peut se lire 1\u202F190,00\u00a0€ ou 1,19\u00a0€\u00a0: écrivez 1\u202F190,00 ou 1,19."
            : $"'{typed}' could be €\u00a01,190.00 or €\u00a01.19: write 1,190.00 or 1.19.";
        Assert.Contains(expected, context.GetValidationMessages());
        Assert.Contains(expected, Field(editor, label).Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "1.196", "1196")]
    [InlineData("en", "1,500,000", "1500000")]
    [InlineData("en", "1,190.50", "1190.50")]
    [InlineData("en", "1.19", "1.19")]
    [InlineData("fr", "1.196", "1196")]
    [InlineData("fr", "1 190,5", "1190.5")]
    [InlineData("fr", "1\u202F190,50", "1190.50")]
    [InlineData("fr", "2.447.840", "2447840")]
    public void An_amount_is_read_as_the_import_reads_it(string language, string typed, string expected)
    {
        UseCulture(language);
        var editor = Editor();

        Input(editor, language == "fr" ? "Budget total" : "Total budget").Input(typed);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), line.TotalBudget);
        line.EuContribution = null;
        Assert.True(context.Validate());
    }

    [Theory]
    [InlineData("en", "1,190.00", "1.00")]
    [InlineData("fr", "1\u202F190,00", "1,00")]
    public void A_stored_amount_is_shown_with_its_cents_and_reads_back_as_stored(string language, string shownTotal, string shownEu)
    {
        UseCulture(language);
        line.TotalBudget = 1190m;
        line.EuContribution = 1m;
        var editor = Editor();
        var (total, eu) = (language == "fr" ? "Budget total" : "Total budget", language == "fr" ? "Contribution de l'UE" : "EU contribution");
        Assert.Equal((shownTotal, shownEu), (Input(editor, total).GetAttribute("value"), Input(editor, eu).GetAttribute("value")));

        Input(editor, total).Input(shownTotal);
        Input(editor, eu).Input(shownEu);

        Assert.Equal((1190m, 1m), (line.TotalBudget, line.EuContribution));
        Assert.True(context.Validate());
    }

    private IRenderedComponent<CascadingValue<EditContext>> Editor() =>
        Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, context)
            .AddChildContent<FundingLinesEditor>(e => e
                .Add(c => c.Lines, [line])
                .Add(c => c.Choices, new EditingChoices([], [], [], [], []))));

    private static IRenderedComponent<MudTextField<string>> Field(IRenderedComponent<CascadingValue<EditContext>> editor, string label) =>
        editor.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == label);

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<CascadingValue<EditContext>> editor, string label) => Field(editor, label).Find("input");

    private static void UseCulture(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
}
