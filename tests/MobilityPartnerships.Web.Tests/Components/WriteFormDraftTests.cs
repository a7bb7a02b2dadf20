using Bunit;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// A form given a draft key keeps what is typed in the browser's session storage, offers a kept draft back when the
/// page is loaded again, and forgets it once saved.
/// </summary>
public sealed class WriteFormDraftTests : ComponentTest
{
    private const string StorageKey = "mp-draft:note:1:7";

    public sealed class Note
    {
        public string Title { get; set; } = "A title";
    }

    private sealed class NoteValidator : AbstractValidator<Note>
    {
        public NoteValidator() => RuleFor(n => n.Title).NotEmpty();
    }

    public WriteFormDraftTests() => SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    private IRenderedComponent<WriteForm<Note>> Form(Note draft) =>
        Render<WriteForm<Note>>(p => p
            .Add(c => c.Draft, draft)
            .Add(c => c.DraftKey, "note:1:7")
            .Add(c => c.Validator, new NoteValidator())
            .Add(c => c.Submit, _ => Task.FromResult<WriteOutcome>(new WriteOutcome.Done()))
            .Add(c => c.ChildContent, _ => "<p>fields</p>")
            .Add(c => c.SubmitText, "Save"));

    [Fact]
    public void What_is_typed_is_kept_under_the_records_key()
    {
        var draft = new Note();
        var form = Form(draft);

        draft.Title = "Typed, not saved";
        form.Render();

        var kept = JSInterop.Invocations["sessionStorage.setItem"][^1];
        Assert.Equal(StorageKey, kept.Arguments[0]);
        Assert.Contains("Typed, not saved", (string)kept.Arguments[1]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_draft_is_offered_back_and_restored_into_the_pages_draft()
    {
        JSInterop.Setup<string?>("sessionStorage.getItem", StorageKey).SetResult("{\"title\":\"Kept before the connection was lost\"}");
        var draft = new Note();
        var form = Form(draft);

        form.WaitForElement("[data-testid=draft-offer]");
        form.Find("[data-testid=draft-restore]").Click();

        Assert.Equal("Kept before the connection was lost", draft.Title);
        Assert.Empty(form.FindAll("[data-testid=draft-offer]"));
    }

    [Fact]
    public void A_save_forgets_the_kept_draft()
    {
        var draft = new Note();
        var form = Form(draft);
        draft.Title = "Typed and saved";
        form.Render();

        form.Find("form").Submit();

        Assert.Contains(JSInterop.Invocations["sessionStorage.removeItem"], call => (string)call.Arguments[0]! == StorageKey);
    }
}
