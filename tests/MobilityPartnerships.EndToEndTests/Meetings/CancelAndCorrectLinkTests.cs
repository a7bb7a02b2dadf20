using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Meetings;

/// <summary>
/// The focal point corrects the meeting a published version was linked to and sees the dated correction on the
/// version's page, the version's row untouched; then cancels a meeting, which leaves the calendar and stays, marked
/// cancelled, on the partnership's own calendar.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class CancelAndCorrectLinkTests(AppFixture app)
{
    private const string FocalPoint = "focal.point@mobility-partnerships.example";

    [Fact]
    public async Task A_wrong_meeting_link_is_corrected_with_its_date_and_a_cancelled_meeting_leaves_the_calendar()
    {
        var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var heldOn = ProductDays.Today.AddDays(40);
        var wrong = await MeetingAsync(moldova, $"Task force {suffix}", heldOn);
        var right = await MeetingAsync(moldova, $"Platform {suffix}", heldOn.AddDays(1));
        var today = ProductDays.Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

        var page = await app.OpenAsync($"partnerships/{moldova}/versions", FocalPoint);
        await AppFixture.WaitForInteractivityAsync(page);
        await page.GetByTestId("publish-meeting").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = $"Task force {suffix}" }).ClickAsync();
        await page.GetByTestId("publish").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Publish for good" }).ClickAsync();
        await Expect(page.GetByTestId("versions")).ToContainTextAsync($"Task force {suffix}");
        var number = await app.Database.ScalarAsync<int>("SELECT number FROM published_scoreboards WHERE meeting_id = $1", wrong);
        const string Row = "SELECT row(p.*)::text FROM published_scoreboards p WHERE meeting_id = $1";
        var before = await app.Database.ScalarAsync<string>(Row, wrong);

        await page.GotoAsync($"partnerships/{moldova}/versions/{number}");
        await AppFixture.WaitForInteractivityAsync(page);
        await page.GetByTestId("correct-meeting").ClickAsync();
        await page.GetByTestId("correction-meeting").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = $"Platform {suffix}" }).ClickAsync();
        await page.GetByLabel("Reason for the correction").FillAsync("Chosen wrongly when publishing.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the correction" }).ClickAsync();

        await Expect(page.GetByTestId("meeting-correction")).ToContainTextAsync($"Meeting link corrected on {today} by Demo focal point");
        await Expect(page.GetByTestId("meeting-correction")).ToContainTextAsync($"to Platform {suffix}");
        await Expect(page.GetByTestId("version-published")).ToContainTextAsync($"Platform {suffix}");
        Assert.Equal(before, await app.Database.ScalarAsync<string>(Row, wrong));

        // Cancelling asks first; keeping the meeting changes nothing.
        await page.GotoAsync($"meetings/{wrong}");
        await AppFixture.WaitForInteractivityAsync(page);
        await page.GetByTestId("meeting-cancel").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("This cannot be undone");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep the meeting" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.False(await app.Database.ScalarAsync<bool>("SELECT cancelled_at IS NOT NULL FROM meetings WHERE id = $1", wrong));

        await page.GetByTestId("meeting-cancel").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Reason (told to those who would have come)").FillAsync("Merged into the platform.");
        await page.GetByTestId("cancel-meeting-confirm").ClickAsync();
        await Expect(page.GetByTestId("meeting-cancellation")).ToContainTextAsync($"Cancelled on {today} by Demo focal point");
        await Expect(page.GetByTestId("meeting-cancellation")).ToContainTextAsync("Merged into the platform.");
        await Expect(page.GetByTestId("meeting-edit")).ToHaveCountAsync(0);

        await page.GotoAsync("meetings");
        await Expect(page.GetByTestId("meetings-coming")).ToContainTextAsync($"Platform {suffix}");
        await Expect(page.GetByTestId("meetings-coming")).Not.ToContainTextAsync($"Task force {suffix}");
        await page.GotoAsync($"meetings?partnership={moldova}");
        await Expect(page.GetByTestId("meetings-cancelled")).ToContainTextAsync($"Task force {suffix}");
        await Expect(page.GetByTestId("meetings-cancelled").GetByTestId("meeting-cancelled")).Not.ToHaveCountAsync(0);
        await Expect(page.GetByTestId("meetings-coming")).Not.ToContainTextAsync($"Task force {suffix}");
    }

    private async Task<Guid> MeetingAsync(Guid partnershipId, string title, DateOnly heldOn)
    {
        var id = Guid.CreateVersion7();
        await app.Database.ExecuteAsync(
            "INSERT INTO meetings (id, partnership_id, kind, title, held_on, place, is_online, decisions) VALUES ($1, $2, 'TaskForce', $3, $4, 'Brussels', false, '{}')",
            id, partnershipId, title, heldOn);
        return id;
    }
}
