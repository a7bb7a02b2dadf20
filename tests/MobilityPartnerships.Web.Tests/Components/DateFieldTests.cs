using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// The month and date field every form uses: what is typed stays as typed, a month it reads is stored in the draft,
/// and anything else is refused at the field and keeps the form from saving.
/// </summary>
public sealed class DateFieldTests : ComponentTest
{
    public sealed class Period
    {
        public DateOnly? StartMonth { get; set; }
    }

    private readonly Period draft = new() { StartMonth = new DateOnly(2026, 1, 1) };
    private readonly EditContext context;

    public DateFieldTests() => context = new EditContext(draft);

    private IRenderedComponent<CascadingValue<EditContext>> Field() =>
        Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, context)
            .AddChildContent<DateField>(f => f
                .Add(c => c.Model, draft)
                .Add(c => c.Field, nameof(Period.StartMonth))
                .Add(c => c.Label, "Start month")
                .Add(c => c.Months, true)
                .Add(c => c.Value, draft.StartMonth)
                .Add(c => c.ValueChanged, EventCallback.Factory.Create<DateOnly?>(this, v => draft.StartMonth = v))));

    [Theory]
    [InlineData("March 2027")]
    [InlineData("03/2027")]
    [InlineData("2027-03")]
    public void A_typed_month_is_stored_in_the_draft(string typed)
    {
        var field = Field();

        field.Find("input").Input(typed);

        Assert.Equal(new DateOnly(2027, 3, 1), draft.StartMonth);
        Assert.True(context.Validate());
    }

    [Fact]
    public void A_typed_space_is_kept_while_typing()
    {
        var field = Field();

        field.Find("input").Input("March ");

        Assert.Equal("March ", field.Find("input").GetAttribute("value"));
        field.Find("input").Input("March 2027");
        Assert.Equal("March 2027", field.Find("input").GetAttribute("value"));
        Assert.Equal(new DateOnly(2027, 3, 1), draft.StartMonth);
    }

    [Theory]
    [InlineData("Smarch 2027", "\"Smarch 2027\": \"Smarch\" is not the name of a month.")]
    [InlineData("13/2027", "\"13/2027\": there is no month 13; months run from 1 to 12.")]
    public void Garbage_is_refused_at_the_field_and_keeps_the_form_from_saving(string typed, string message)
    {
        var field = Field();

        field.Find("input").Input(typed);
        field.Find("input").Blur();

        Assert.Equal(new DateOnly(2026, 1, 1), draft.StartMonth);
        Assert.False(context.Validate());
        Assert.Equal([message], context.GetValidationMessages(new FieldIdentifier(draft, nameof(Period.StartMonth))));
        Assert.Contains(message, field.Markup, StringComparison.Ordinal);
        Assert.Equal(typed, field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void Leaving_the_field_writes_the_month_it_read_as_the_product_writes_months()
    {
        var field = Field();

        field.Find("input").Input("03/2027");
        field.Find("input").Blur();

        Assert.Equal("March 2027", field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void Correcting_a_refused_text_lets_the_form_save()
    {
        var field = Field();
        field.Find("input").Input("Smarch 2027");
        Assert.False(context.Validate());

        field.Find("input").Input("March 2027");

        Assert.True(context.Validate());
        Assert.Equal(new DateOnly(2027, 3, 1), draft.StartMonth);
    }
}
