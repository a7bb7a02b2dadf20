using Bunit;
using FluentValidation;
using Microsoft.AspNetCore.Components.Forms;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>A long form that fails to save says so at the top, lists the fields at fault and moves focus to the first.</summary>
public sealed class FormErrorSummaryTests : ComponentTest
{
    private const string Module = "./Components/Common/FormErrorSummary.razor.js";

    public sealed class Plan
    {
        public string Title { get; set; } = string.Empty;

        public string Place { get; set; } = string.Empty;

        public List<Line> Lines { get; set; } = [];
    }

    public sealed class Line
    {
        public decimal? Amount { get; set; }
    }

    private sealed class PlanValidator : AbstractValidator<Plan>
    {
        public PlanValidator()
        {
            RuleFor(p => p.Title).NotEmpty().WithMessage("Give a title.");
            RuleFor(p => p.Place).NotEmpty().WithMessage("Give a place.");
            RuleForEach(p => p.Lines).ChildRules(line => line.RuleFor(l => l.Amount).NotNull().WithMessage("Give an amount."));
        }
    }

    private readonly List<Plan> submitted = [];

    private IRenderedComponent<WriteForm<Plan>> Form(Plan draft, WriteOutcome answer) =>
        Render<WriteForm<Plan>>(p => p
            .Add(c => c.Draft, draft)
            .Add(c => c.Validator, new PlanValidator())
            .Add(c => c.Submit, d =>
            {
                submitted.Add(d);
                return Task.FromResult(answer);
            })
            .Add(c => c.ChildContent, _ => "<p>fields</p>")
            .Add(c => c.SubmitText, "Save")
            .Add(c => c.LabelOf, (FieldIdentifier field) => field.Model is Line line ? $"Line {draft.Lines.IndexOf(line) + 1}: Amount" : field.FieldName));

    [Fact]
    public void A_form_that_fails_to_save_lists_every_field_at_fault_at_the_top_and_moves_focus_to_the_first()
    {
        var focus = JSInterop.SetupModule(Module);
        focus.SetupVoid("focusFirstInvalid", _ => true);
        var draft = new Plan { Title = string.Empty, Place = "Chisinau", Lines = [new Line { Amount = 5 }, new Line()] };
        var form = Form(draft, new WriteOutcome.Done());

        form.Find("form").Submit();

        Assert.Empty(submitted);
        var summary = form.Find("[data-testid=error-summary]");
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.Contains("Not saved. Fields to correct: 2.", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Title: Give a title.", "Line 2: Amount: Give an amount."], form.FindAll("[data-testid=error-summary-item]").Select(i => i.TextContent.Trim()));
        focus.VerifyInvoke("focusFirstInvalid");
    }

    [Fact]
    public void Messages_the_server_puts_at_fields_are_listed_too()
    {
        var focus = JSInterop.SetupModule(Module);
        focus.SetupVoid("focusFirstInvalid", _ => true);
        var draft = new Plan { Title = "Plan", Place = "Chisinau" };
        var form = Form(draft, new WriteOutcome.Invalid([new FieldError(nameof(Plan.Place), "This place is already booked.")]));

        form.Find("form").Submit();

        Assert.Single(submitted);
        Assert.Equal(["Place: This place is already booked."], form.FindAll("[data-testid=error-summary-item]").Select(i => i.TextContent.Trim()));
        focus.VerifyInvoke("focusFirstInvalid");
    }

    [Fact]
    public void Nothing_is_summarised_before_a_save_is_tried()
    {
        var form = Form(new Plan(), new WriteOutcome.Done());

        Assert.Empty(form.FindAll("[data-testid=error-summary]"));
    }

    [Fact]
    public async Task The_summary_goes_once_the_fields_are_corrected()
    {
        var focus = JSInterop.SetupModule(Module);
        focus.SetupVoid("focusFirstInvalid", _ => true);
        var draft = new Plan { Title = string.Empty, Place = "Chisinau" };
        EditContext? context = null;
        var form = Render<WriteForm<Plan>>(p => p
            .Add(c => c.Draft, draft)
            .Add(c => c.Validator, new PlanValidator())
            .Add(c => c.Submit, _ => Task.FromResult<WriteOutcome>(new WriteOutcome.Done()))
            .Add(c => c.ChildContent, edit =>
            {
                context = edit;
                return "<p>fields</p>";
            })
            .Add(c => c.SubmitText, "Save"));
        form.Find("form").Submit();
        Assert.Single(form.FindAll("[data-testid=error-summary-item]"));

        draft.Title = "Plan";
        await form.InvokeAsync(() => context!.NotifyFieldChanged(new FieldIdentifier(draft, nameof(Plan.Title))));

        Assert.Empty(form.FindAll("[data-testid=error-summary]"));
    }
}
