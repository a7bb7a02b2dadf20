using Bunit;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MudBlazor;

namespace MobilityPartnerships.Web.Tests.Initiatives.Editing;

public sealed class ConflictDialogTests : ComponentTest
{
    [Fact]
    public async Task When_the_other_save_was_made_reads_in_Brussels_time_with_its_zone()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetService<IDialogService>();
        var parameters = new DialogParameters<ConflictDialog>
        {
            { d => d.StoredBy, "Focal point" },
            { d => d.StoredAt, new DateTimeOffset(2026, 12, 5, 13, 30, 0, TimeSpan.Zero) },
        };

        await provider.InvokeAsync(() => dialogs!.ShowAsync<ConflictDialog>(null, parameters));

        provider.WaitForAssertion(() => Assert.Contains("Changed by Focal point on 5 December 2026, 14:30 CET", provider.Markup, StringComparison.Ordinal));
    }
}
