using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// The number field every form uses for amounts, indicator figures and durations: a number it reads in the user's
/// language is stored in the draft; anything else is refused at the field, leaves the draft's value as it was and keeps
/// the form from saving (it used to empty the value, and the form saved the amount as not known).
/// </summary>
public sealed class NumberFieldTests : ComponentTest
{
    public sealed class Line
    {
        public decimal? TotalBudget { get; set; } = 1000m;

        public int? DurationMonths { get; set; } = 12;
    }

    private readonly Line draft = new();
    private readonly EditContext context;

    public NumberFieldTests() => context = new EditContext(draft);

    private IRenderedComponent<CascadingValue<EditContext>> Amount() =>
        Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, context)
            .AddChildContent<NumberField<decimal>>(f => f
                .Add(c => c.For, () => draft.TotalBudget)
                .Add(c => c.Label, "Total budget")
                .Add(c => c.Immediate, true)
                .Add(c => c.Value, draft.TotalBudget)
                .Add(c => c.ValueChanged, EventCallback.Factory.Create<decimal?>(this, v => draft.TotalBudget = v))));

    private IRenderedComponent<CascadingValue<EditContext>> Months() =>
        Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, context)
            .AddChildContent<NumberField<int>>(f => f
                .Add(c => c.For, () => draft.DurationMonths)
                .Add(c => c.Label, "Duration")
                .Add(c => c.Value, draft.DurationMonths)
                .Add(c => c.ValueChanged, EventCallback.Factory.Create<int?>(this, v => draft.DurationMonths = v))));

    [Theory]
    [InlineData("abc")]
    [InlineData("12,34")]
    [InlineData("1e30")]
    public void What_it_cannot_read_keeps_the_value_and_stops_the_save(string typed)
    {
        var field = Amount();

        field.Find("input").Input(typed);

        Assert.Equal(1000m, draft.TotalBudget);
        Assert.False(context.Validate());
        var message = Assert.Single(context.GetValidationMessages(FieldIdentifier.Create(() => draft.TotalBudget)));
        Assert.Equal($"'{typed}' is not a number: write it like 1,234.56.", message);
        Assert.Contains(message, field.Markup, StringComparison.Ordinal);
        Assert.Equal(typed, field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void A_number_typed_after_a_refused_one_is_stored_and_the_message_goes()
    {
        var field = Amount();
        field.Find("input").Input("abc");

        field.Find("input").Input("2,500.75");

        Assert.Equal(2500.75m, draft.TotalBudget);
        Assert.True(context.Validate());
    }

    [Fact]
    public void A_number_half_typed_is_not_called_wrong_until_the_user_leaves_the_field_but_it_is_not_saved()
    {
        var field = Amount();
        const string message = "'12,' is not a number: write it like 1,234.56.";

        field.Find("input").Input("12,");

        Assert.DoesNotContain(message, field.Markup, StringComparison.Ordinal);
        Assert.Equal(1000m, draft.TotalBudget);

        field.Find("input").Blur();

        Assert.Contains(message, field.Markup, StringComparison.Ordinal);
        Assert.False(context.Validate());
    }

    [Fact]
    public void A_save_shows_why_a_half_typed_number_stops_it()
    {
        var field = Amount();
        field.Find("input").Input("12,");

        Assert.False(context.Validate());

        Assert.Contains("'12,' is not a number", field.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_comma_is_read_in_French()
    {
        UseCulture("fr");
        var field = Amount();

        field.Find("input").Input("12,34");

        Assert.Equal(12.34m, draft.TotalBudget);
        Assert.True(context.Validate());
    }

    [Fact]
    public void Emptied_is_not_known()
    {
        var field = Amount();

        field.Find("input").Input(string.Empty);

        Assert.Null(draft.TotalBudget);
        Assert.True(context.Validate());
    }

    [Theory]
    [InlineData("1.5", "'1.5' is not a whole number: write it like 1,234.")]
    [InlineData("99999999999", "'99999999999' is larger than this field can hold.")]
    public void A_whole_number_field_refuses_fractions_and_numbers_beyond_its_range_and_says_which(string typed, string expected)
    {
        var field = Months();

        // Without Immediate, the field reads what was typed when the user leaves it.
        field.Find("input").Change(typed);

        Assert.Equal(12, draft.DurationMonths);
        Assert.False(context.Validate());
        Assert.Equal(expected, Assert.Single(context.GetValidationMessages(FieldIdentifier.Create(() => draft.DurationMonths))));
    }

    private static void UseCulture(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
}
