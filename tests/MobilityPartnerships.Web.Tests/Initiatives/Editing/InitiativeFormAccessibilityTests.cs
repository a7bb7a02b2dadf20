using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Editing;

namespace MobilityPartnerships.Web.Tests.Initiatives.Editing;

/// <summary>
/// The initiative form's repeated lines as a screen reader reads them. Every funding line, contact point, indicator and
/// partner has the same labels ("Total budget" three times), so each line is a group named after it, in the page's
/// language ("Funding line 2", "Contact point 1: Ana Contact"), and no two fields read the same once their group is
/// said. After a failed save, every field marked invalid names its message in aria-describedby, so that the message is
/// read when the field is focused: the amount and number fields (whose € sign and own reading made MudBlazor leave the
/// message unlinked) and the date fields as much as the text fields.
/// </summary>
public sealed class InitiativeFormAccessibilityTests : ComponentTest
{
    private static readonly Guid Iom = Guid.CreateVersion7();
    private static readonly Guid Sweden = Guid.CreateVersion7();

    private readonly InitiativeDraft draft = new()
    {
        Title = "Pilot on skills",
        Partners = [new() { OrganisationId = Iom }, new() { OrganisationId = Sweden, Role = PartnerRole.Implementing }, new()],
        FundingLines = [new() { TotalBudget = 1000m }, new() { TotalBudget = 2000m }, new()],
        ContactPoints = [new() { Name = "Ana Contact", Phone = "+40 1" }, new() { Name = "Ben Contact" }, new()],
        Indicators = [new() { Name = "Jobs created", Unit = "jobs" }, new() { Name = "Visas issued" }],
    };

    private readonly EditContext context;

    public InitiativeFormAccessibilityTests() => context = new EditContext(draft);

    public static TheoryData<string, string[]> LineNames => new()
    {
        {
            "en",
            [
                "Partner 1: Organisation for Migration (IOM)", "Partner 2: Sweden", "Partner 3",
                "Funding line 1", "Funding line 2", "Funding line 3",
                "Contact point 1: Ana Contact", "Contact point 2: Ben Contact", "Contact point 3",
                "Indicator 1: Jobs created", "Indicator 2: Visas issued",
            ]
        },
        {
            "fr",
            [
                "Partenaire 1\u00a0: Organisation for Migration (IOM)", "Partenaire 2\u00a0: Sweden", "Partenaire 3",
                "Ligne de financement 1", "Ligne de financement 2", "Ligne de financement 3",
                "Point de contact 1\u00a0: Ana Contact", "Point de contact 2\u00a0: Ben Contact", "Point de contact 3",
                "Indicateur 1\u00a0: Jobs created", "Indicateur 2\u00a0: Visas issued",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(LineNames))]
    public void Each_repeated_line_is_a_group_named_after_the_line_in_the_page_language(string language, string[] expected)
    {
        UseCulture(language);
        var form = Form();

        var groups = form.FindAll("fieldset").Select(group => group.QuerySelector(":scope > legend")?.TextContent.Trim()).ToList();

        Assert.Equal(expected, groups);
        var outside = Fields(form).Where(field => field.Closest("fieldset") is null).Select(NameOf).ToList();
        Assert.True(outside.Count == 0, "Fields of a repeated line outside its group: " + string.Join(", ", outside));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void No_two_fields_read_the_same_once_their_line_is_said(string language)
    {
        UseCulture(language);
        var form = Form();

        var names = Fields(form).Select(ReadAs).ToList();

        // 3 partners × 2, 3 funding lines × 5, 3 contact points × 5, 2 indicators × 8.
        Assert.Equal(52, names.Count);
        var repeated = names.GroupBy(name => name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").ToList();
        Assert.True(repeated.Count == 0, "Fields that read the same: " + string.Join("; ", repeated));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void A_line_remove_button_names_its_line_even_before_the_line_has_a_name(string language)
    {
        UseCulture(language);
        var form = Form();

        var removers = form.FindAll("fieldset button[aria-label]:not([data-testid=date-field-choose])").Select(b => b.GetAttribute("aria-label")!).ToList();

        Assert.Equal(11, removers.Count);
        Assert.Equal(removers.Count, removers.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(language == "fr" ? "Retirer le point de contact 3" : "Remove contact point 3", removers);
        Assert.Contains(language == "fr" ? "Retirer le point de contact 1\u00a0: Ana Contact" : "Remove contact point 1: Ana Contact", removers);
    }

    [Theory]
    [InlineData("en", "Organisation", "Total budget", "Baseline value", "Baseline date", "E-mail", "Name")]
    [InlineData("fr", "Organisation", "Budget total", "Valeur de référence", "Date de référence", "Courriel", "Nom")]
    public async Task After_a_failed_save_every_invalid_field_is_described_by_its_message(string language, string partner, string total, string baseline, string baselineDate, string email, string name)
    {
        UseCulture(language);
        var form = Form();
        InputIn(form, "funding-line-1", total).Input("12abc");
        InputIn(form, "indicator-0", baseline).Change("-3");
        InputIn(form, "contact-point-2", email).Input("not an address");

        Assert.False(await form.InvokeAsync(context.Validate));

        var invalid = Fields(form).Where(field => field.GetAttribute("aria-invalid") == "true").ToList();
        var undescribed = invalid.Where(field => ErrorShownAt(field) is null || DescriptionOf(form, field) != ErrorShownAt(field))
            .Select(field => $"{ReadAs(field)} (described by: {DescriptionOf(form, field) ?? "nothing"}; shows: {ErrorShownAt(field)})").ToList();
        Assert.True(undescribed.Count == 0, "Invalid fields not described by their message: " + string.Join("; ", undescribed));
        var lineOf = language == "fr"
            ? (partner: "Partenaire 3", funding: "Ligne de financement 2", indicator: "Indicateur 1\u00a0: Jobs created", contact: "Point de contact 3")
            : (partner: "Partner 3", funding: "Funding line 2", indicator: "Indicator 1: Jobs created", contact: "Contact point 3");
        Assert.Equal(
            [$"{lineOf.partner} / {partner}", $"{lineOf.funding} / {total}", $"{lineOf.contact} / {name}", $"{lineOf.contact} / {email}", $"{lineOf.indicator} / {baseline}", $"{lineOf.indicator} / {baselineDate}"],
            invalid.Select(ReadAs));
    }

    private IRenderedComponent<EditForm> Form()
    {
        var choices = new EditingChoices([], [new(Iom, "Organisation for Migration (IOM)"), new(Sweden, "Sweden")], [], [], []);
        return Render<EditForm>(p => p
            .Add(f => f.EditContext, context)
            .Add(f => f.ChildContent, (RenderFragment<EditContext>)(_ => builder =>
            {
                builder.OpenComponent<FluentValidationBridge<InitiativeDraft>>(0);
                builder.AddAttribute(1, nameof(FluentValidationBridge<InitiativeDraft>.Validator), new InitiativeDraftValidator(Texts.Strings));
                builder.CloseComponent();
                builder.OpenComponent<PartnersEditor>(2);
                builder.AddAttribute(3, nameof(PartnersEditor.Partners), draft.Partners);
                builder.AddAttribute(4, nameof(PartnersEditor.Choices), choices);
                builder.CloseComponent();
                builder.OpenComponent<FundingLinesEditor>(5);
                builder.AddAttribute(6, nameof(FundingLinesEditor.Lines), draft.FundingLines);
                builder.AddAttribute(7, nameof(FundingLinesEditor.Choices), choices);
                builder.CloseComponent();
                builder.OpenComponent<ContactPointsEditor>(8);
                builder.AddAttribute(9, nameof(ContactPointsEditor.Contacts), draft.ContactPoints);
                builder.AddAttribute(10, nameof(ContactPointsEditor.Choices), choices);
                builder.CloseComponent();
                builder.OpenComponent<IndicatorsEditor>(11);
                builder.AddAttribute(12, nameof(IndicatorsEditor.Indicators), draft.Indicators);
                builder.CloseComponent();
            })));
    }

    /// <summary>The form's fields: text boxes, and selects by their combobox (a chosen select's input is hidden).</summary>
    private static IEnumerable<IElement> Fields(IRenderedComponent<EditForm> form) => form.FindAll("input:not([type=hidden]), textarea, [role=combobox]");

    /// <summary>A field's own name, as a screen reader computes it here: its aria-label, else the text of its label.</summary>
    private static string NameOf(IElement field) =>
        field.GetAttribute("aria-label")
        ?? field.Closest(".mud-input-control")?.QuerySelector($"label[for='{field.Id}']")?.TextContent.Trim()
        ?? string.Empty;

    /// <summary>A field as a screen reader says it: the groups it is in, outermost first, then its own name.</summary>
    private static string ReadAs(IElement field) => string.Join(" / ", [.. GroupsOf(field), NameOf(field)]);

    /// <summary>The names of the groups a field is in, outermost first.</summary>
    private static IEnumerable<string> GroupsOf(IElement field) =>
        field.Ancestors<IElement>().Where(a => a.LocalName == "fieldset")
            .Select(group => group.QuerySelector(":scope > legend")?.TextContent.Trim() ?? string.Empty)
            .Reverse();

    /// <summary>The text of the elements the field's aria-describedby names; null when it names none.</summary>
    private static string? DescriptionOf(IRenderedComponent<EditForm> form, IElement field) =>
        field.GetAttribute("aria-describedby") is { Length: > 0 } ids
            ? string.Join(" ", ids.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => form.Find($"[id='{id}']").TextContent.Trim()))
            : null;

    /// <summary>The message shown under the field.</summary>
    private static string? ErrorShownAt(IElement field) =>
        field.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error .me-auto")?.TextContent.Trim();

    private static IElement InputIn(IRenderedComponent<EditForm> form, string line, string label) =>
        form.FindAll($"[data-testid={line}] input").Single(input => NameOf(input) == label);

    private static void UseCulture(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
}
