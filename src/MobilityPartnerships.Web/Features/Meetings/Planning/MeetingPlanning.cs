using MudBlazor;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings.Planning;

/// <summary>Opens the planning form as a dialog and answers what became of it: null when the user cancelled.</summary>
internal static class MeetingPlanning
{
    public static async Task<WriteOutcome?> OpenAsync(IDialogService dialogs, MeetingEditing editing, string title)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters { [nameof(MeetingDialog.Editing)] = editing };
        var dialog = await dialogs.ShowAsync<MeetingDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: WriteOutcome outcome } ? outcome : null;
    }
}
