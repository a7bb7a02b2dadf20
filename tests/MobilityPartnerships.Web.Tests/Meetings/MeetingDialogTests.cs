using Bunit;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Writing;
using MudBlazor;

namespace MobilityPartnerships.Web.Tests.Meetings;

/// <summary>The meeting's form, as planning and revising both open it: it saves through the action the page gives it and answers that action's outcome.</summary>
public sealed class MeetingDialogTests() : ComponentTest(services => services.AddSingleton<IValidator<MeetingDraft>, MeetingDraftValidator>())
{
    [Fact]
    public async Task A_stored_meeting_is_saved_through_the_action_given_and_the_dialog_answers_its_outcome()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var commission = new Choice(Guid.NewGuid(), "European Commission");
        var draft = new MeetingDraft { Kind = MeetingKind.TaskForce, Title = "Task force", HeldOn = new DateOnly(2026, 12, 5), Place = "Brussels", CommissionChairId = commission.Id };
        var editing = new MeetingEditing(Guid.NewGuid(), "Partnership", Guid.NewGuid(), 7, draft, new MeetingChoices([commission], [], [], [], []));
        var saved = new List<MeetingDraft>();

        var opened = provider.InvokeAsync(() => MeetingDialog.OpenAsync(dialogs, editing, "Edit the meeting", submitted =>
        {
            saved.Add(submitted);
            return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
        }));
        var save = provider.WaitForElement("button[type=submit]");
        Assert.Equal("Save", save.TextContent.Trim());
        await save.ClickAsync(new());

        Assert.IsType<WriteOutcome.Done>(await opened);
        Assert.Same(draft, Assert.Single(saved));
    }
}
