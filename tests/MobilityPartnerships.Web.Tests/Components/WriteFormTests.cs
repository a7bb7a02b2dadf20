using Bunit;
using FluentValidation;
using Microsoft.AspNetCore.Components.Forms;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// The form every write goes through: nothing is sent while the draft is invalid, the server's answer is shown where
/// it belongs (at a field, or above the form), and only a write that went through is told to the page.
/// </summary>
public sealed class WriteFormTests : ComponentTest
{
    private readonly List<Note> submitted = [];
    private readonly List<WriteOutcome> written = [];
    private EditContext? context;

    public sealed class Note
    {
        public string Title { get; set; } = "A title";
    }

    private sealed class NoteValidator : AbstractValidator<Note>
    {
        public NoteValidator() => RuleFor(n => n.Title).NotEmpty().WithMessage("Give a title.");
    }

    private IRenderedComponent<WriteForm<Note>> Form(Note draft, Func<Task<WriteOutcome>> answer, Action? cancel = null) =>
        Render<WriteForm<Note>>(p =>
        {
            p.Add(c => c.Draft, draft)
                .Add(c => c.Validator, new NoteValidator())
                .Add(c => c.Submit, d =>
                {
                    submitted.Add(d);
                    return answer();
                })
                .Add(c => c.ChildContent, edit =>
                {
                    context = edit;
                    return "<p>fields</p>";
                })
                .Add(c => c.SubmitText, "Save")
                .Add(c => c.OnWritten, (WriteOutcome outcome) => written.Add(outcome));
            if (cancel is not null)
            {
                p.Add(c => c.OnCancel, cancel);
            }
        });

    private static Func<Task<WriteOutcome>> Answer(WriteOutcome outcome) => () => Task.FromResult(outcome);

    private static IEnumerable<string> FormMessages(IRenderedComponent<WriteForm<Note>> form) =>
        form.FindAll("[data-testid=form-message]").Select(m => m.TextContent.Trim());

    [Fact]
    public void The_form_leaves_no_check_to_the_browser()
    {
        var form = Form(new Note(), Answer(new WriteOutcome.Done()));

        Assert.True(form.Find("form").HasAttribute("novalidate"));
    }

    [Fact]
    public void An_invalid_draft_is_not_sent_and_its_messages_are_shown_at_their_fields()
    {
        var draft = new Note { Title = string.Empty };
        var form = Form(draft, Answer(new WriteOutcome.Done()));

        form.Find("form").Submit();

        Assert.Empty(submitted);
        Assert.Empty(written);
        Assert.Equal(["Give a title."], context!.GetValidationMessages(new FieldIdentifier(draft, nameof(Note.Title))));
    }

    [Fact]
    public void A_second_submit_while_the_first_is_under_way_writes_nothing_more()
    {
        // A double-click: both submits reach the circuit before the button is shown disabled. Each was written.
        var pending = new TaskCompletionSource<WriteOutcome>();
        var form = Form(new Note(), () => pending.Task);

        form.Find("form").Submit();
        form.Find("form").Submit();
        Assert.True(form.Find("button[type=submit]").HasAttribute("disabled"));
        pending.SetResult(new WriteOutcome.Created(Guid.NewGuid()));
        form.WaitForAssertion(() => Assert.Single(written));

        Assert.Single(submitted);
        Assert.False(form.Find("button[type=submit]").HasAttribute("disabled"));
        form.Find("form").Submit();
        Assert.Equal(2, submitted.Count);
    }

    [Fact]
    public void A_write_that_went_through_is_told_to_the_page_with_its_outcome()
    {
        var draft = new Note();
        var form = Form(draft, Answer(new WriteOutcome.Created(Guid.Empty, 7)));

        form.Find("form").Submit();

        Assert.Equal([draft], submitted);
        Assert.Equal([new WriteOutcome.Created(Guid.Empty, 7)], written);
        Assert.Empty(FormMessages(form));
    }

    [Fact]
    public void A_record_someone_else_changed_is_told_to_the_page_which_offers_the_choice()
    {
        var form = Form(new Note(), Answer(new WriteOutcome.Stale("Ana", null)));

        form.Find("form").Submit();

        Assert.Equal([new WriteOutcome.Stale("Ana", null)], written);
    }

    [Fact]
    public void Refusals_of_the_server_are_shown_at_their_field_or_above_the_form_and_not_told_as_written()
    {
        var draft = new Note();
        var form = Form(draft, Answer(new WriteOutcome.Invalid([new FieldError(nameof(Note.Title), "This title is taken."), new FieldError(FieldError.FormLevel, "Too many partners.")])));

        form.Find("form").Submit();

        Assert.Empty(written);
        Assert.Equal(["Too many partners."], FormMessages(form));
        Assert.Equal(["This title is taken."], context!.GetValidationMessages(new FieldIdentifier(draft, nameof(Note.Title))));
    }

    [Fact]
    public void A_failed_save_shows_the_reference_number_to_quote()
    {
        var form = Form(new Note(), Answer(new WriteOutcome.Failed("MP-ABCD2345")));

        form.Find("form").Submit();

        Assert.Empty(written);
        Assert.Equal(["Your changes could not be saved because of a problem on our side; nothing was changed. Reference number: MP-ABCD2345."], FormMessages(form));
    }

    [Fact]
    public void A_save_whose_commit_went_unanswered_says_it_may_be_stored_never_that_nothing_changed()
    {
        var form = Form(new Note(), Answer(new WriteOutcome.Failed("MP-ABCD2345", Unconfirmed: true)));

        form.Find("form").Submit();

        var message = Assert.Single(FormMessages(form));
        Assert.Equal("The database stopped answering while it stored your changes, so we cannot tell whether they were saved. Reload the page to see what is stored before you try again. Reference number: MP-ABCD2345.", message);
        Assert.DoesNotContain("nothing was changed", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_write_shows_why()
    {
        var form = Form(new Note(), Answer(new WriteOutcome.Refused("Only the partnership's members may do this.")));

        form.Find("form").Submit();

        Assert.Empty(written);
        Assert.Equal(["Only the partnership's members may do this."], FormMessages(form));
    }

    [Fact]
    public void A_record_that_is_gone_says_so()
    {
        var form = Form(new Note(), Answer(new WriteOutcome.NotFound()));

        form.Find("form").Submit();

        Assert.Empty(written);
        Assert.Equal(["This record no longer exists; someone may have deleted it."], FormMessages(form));
    }

    [Fact]
    public void The_save_button_is_disabled_while_the_write_runs()
    {
        var answer = new TaskCompletionSource<WriteOutcome>();
        var form = Form(new Note(), () => answer.Task);

        form.Find("form").Submit();
        Assert.True(form.Find("button[type=submit]").HasAttribute("disabled"));

        form.InvokeAsync(() => answer.SetResult(new WriteOutcome.Done()));
        form.WaitForAssertion(() => Assert.False(form.Find("button[type=submit]").HasAttribute("disabled")));
        Assert.Equal([new WriteOutcome.Done()], written);
    }

    [Fact]
    public void A_cancel_button_is_offered_only_when_the_page_can_cancel_and_tells_it()
    {
        var cancelled = 0;
        var withCancel = Form(new Note(), Answer(new WriteOutcome.Done()), () => cancelled++);
        var without = Form(new Note(), Answer(new WriteOutcome.Done()));

        Assert.Equal(["Save"], without.FindAll("button").Select(b => b.TextContent.Trim()));
        var buttons = withCancel.FindAll("button");
        Assert.Equal(["Cancel", "Save"], buttons.Select(b => b.TextContent.Trim()));
        buttons[0].Click();
        Assert.Equal(1, cancelled);
        Assert.Empty(submitted);
    }
}
