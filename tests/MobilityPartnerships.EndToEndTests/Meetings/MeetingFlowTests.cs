using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Meetings;

/// <summary>
/// The focal point plans a cooperation platform for Moldova; a Member State's official proposes an agenda item, the
/// focal point accepts it and drafts the minutes, the official comments, the focal point approves: the minutes are locked;
/// the focal point downloads the meeting's briefing pack.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class MeetingFlowTests(AppFixture app)
{
    private const string FocalPoint = "focal.point@mobility-partnerships.example";
    private const string Sweden = "sweden@mobility-partnerships.example";

    [Fact]
    public async Task A_meeting_is_planned_its_agenda_agreed_its_minutes_approved_and_locked_and_its_pack_downloaded()
    {
        var moldova = await app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");

        // Held today: items are proposed until the meeting, minutes approved from its day on.
        var today = ProductDays.Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var planner = await app.OpenAsync($"partnerships/{moldova}", FocalPoint);
        await planner.GetByTestId("partnership-plan-meeting").ClickAsync();
        var dialog = planner.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Title").FillAsync("Cooperation platform on seasonal work");
        await dialog.GetByLabel("Date").FillAsync(today);
        await dialog.GetByLabel("Date").PressAsync("Tab");
        await dialog.GetByLabel("Place").FillAsync("Chisinau");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Plan the meeting" }).ClickAsync();
        await planner.WaitForURLAsync(url => url.Contains("/meetings/", StringComparison.Ordinal));
        await Expect(planner.GetByTestId("meeting-title")).ToHaveTextAsync("Cooperation platform on seasonal work");
        await Expect(planner.GetByTestId("meeting-chairs")).ToContainTextAsync("Partner country");
        var address = new Uri(planner.Url).PathAndQuery.TrimStart('/');

        var official = await app.OpenAsync(address, Sweden);
        await official.GetByLabel("Agenda item").FillAsync("Recognition of seasonal workers' qualifications");
        await official.GetByRole(AriaRole.Button, new() { Name = "Propose the item" }).ClickAsync();
        await Expect(official.GetByTestId("agenda-proposal")).ToContainTextAsync("Recognition of seasonal workers' qualifications");

        await planner.ReloadAsync();
        await AppFixture.WaitForInteractivityAsync(planner);
        await planner.GetByTestId("agenda-accept").ClickAsync();
        await Expect(planner.GetByTestId("agenda-item")).ToContainTextAsync("Recognition of seasonal workers' qualifications");
        await planner.GetByTestId("minutes-edit").ClickAsync();
        await planner.GetByRole(AriaRole.Textbox, new() { Name = "Minutes", Exact = true }).FillAsync("The platform discussed seasonal work.");
        await planner.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await Expect(planner.GetByTestId("minutes-body")).ToHaveTextAsync("The platform discussed seasonal work.");

        await official.ReloadAsync();
        await AppFixture.WaitForInteractivityAsync(official);
        await official.GetByLabel("Your comment on the draft").FillAsync("Please add the follow-up on qualifications.");
        await official.GetByRole(AriaRole.Button, new() { Name = "Post the comment" }).ClickAsync();
        await Expect(official.GetByTestId("minutes-comment")).ToContainTextAsync("Demo official of Sweden");

        await planner.ReloadAsync();
        await AppFixture.WaitForInteractivityAsync(planner);
        await Expect(planner.GetByTestId("minutes-comment")).ToContainTextAsync("Please add the follow-up on qualifications.");
        // Approval asks first and says what cannot be undone; cancelling stores nothing.
        var meetingId = Guid.Parse(address.Split('/')[^1]);
        await planner.GetByTestId("minutes-approve").ClickAsync();
        var confirm = planner.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("This cannot be undone: they can no longer be edited or commented on");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await Expect(planner.GetByTestId("minutes-draft")).ToBeVisibleAsync();
        Assert.False(await app.Database.ScalarAsync<bool>("SELECT minutes_approved_at IS NOT NULL FROM meetings WHERE id = $1", meetingId));

        await planner.GetByTestId("minutes-approve").ClickAsync();
        await planner.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Approve for good" }).ClickAsync();
        await Expect(planner.GetByTestId("minutes-approved")).ToContainTextAsync("Approved by Demo focal point (Commission)");
        Assert.True(await app.Database.ScalarAsync<bool>("SELECT minutes_approved_at IS NOT NULL FROM meetings WHERE id = $1", meetingId));
        await Expect(planner.GetByTestId("minutes-edit")).ToHaveCountAsync(0);

        await official.ReloadAsync();
        await AppFixture.WaitForInteractivityAsync(official);
        await Expect(official.GetByLabel("Your comment on the draft")).ToHaveCountAsync(0);

        // The pack for the meeting, downloaded from its page: real text with the partnership, the date and the agreed agenda.
        var pdf = await planner.RunAndWaitForDownloadAsync(() => planner.GetByTestId("briefing-pack-pdf").ClickAsync());
        Assert.EndsWith(".pdf", pdf.SuggestedFilename, StringComparison.Ordinal);
        var pdfPath = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        await pdf.SaveAsAsync(pdfPath);
        var text = await PdfTextAsync(pdfPath);
        Assert.Contains("Mobility Partnership with the Republic of Moldova", text, StringComparison.Ordinal);
        Assert.Contains(today, text, StringComparison.Ordinal);
        Assert.Contains("Recognition of seasonal workers", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", text, StringComparison.Ordinal);

        var xlsx = await planner.RunAndWaitForDownloadAsync(() => planner.GetByTestId("briefing-pack-xlsx").ClickAsync());
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename, StringComparison.Ordinal);
        var xlsxPath = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await xlsx.SaveAsAsync(xlsxPath);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(xlsxPath, TestContext.Current.CancellationToken)).Take(2));
        File.Delete(pdfPath);
        File.Delete(xlsxPath);
    }

    /// <summary>The PDF's text as poppler's pdftotext extracts it (Debian package poppler-utils).</summary>
    private static async Task<string> PdfTextAsync(string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-layout");
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("-");
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
        var text = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    [Fact]
    public async Task The_partner_countrys_official_does_not_find_a_task_force_but_opens_the_cooperation_platform()
    {
        var taskForce = await app.Database.ScalarAsync<Guid>("SELECT m.id FROM meetings m JOIN partnerships p ON p.id = m.partnership_id WHERE p.name = 'Mobility Partnership with the Republic of Moldova' AND m.kind = 'TaskForce' ORDER BY m.held_on LIMIT 1");
        var platform = await app.Database.ScalarAsync<Guid>("SELECT m.id FROM meetings m JOIN partnerships p ON p.id = m.partnership_id WHERE p.name = 'Mobility Partnership with the Republic of Moldova' AND m.kind = 'CooperationPlatform' ORDER BY m.held_on LIMIT 1");

        var calendar = await app.OpenAsync("meetings", "moldova@mobility-partnerships.example");
        await Expect(calendar.GetByText("EU–Moldova cooperation platform")).ToBeVisibleAsync();
        await Expect(calendar.GetByText("Moldova task force", new() { Exact = false })).ToHaveCountAsync(0);

        var hidden = await app.OpenAsync($"meetings/{taskForce}", "moldova@mobility-partnerships.example");
        await Expect(hidden.Locator("h1")).Not.ToContainTextAsync("task force");
        await Expect(hidden.GetByTestId("meeting-title")).ToHaveCountAsync(0);

        var shown = await app.OpenAsync($"meetings/{platform}", "moldova@mobility-partnerships.example");
        await Expect(shown.GetByTestId("meeting-title")).ToHaveTextAsync("EU–Moldova cooperation platform");
        await Expect(shown.GetByTestId("briefing-pack")).ToHaveCountAsync(0);
    }
}
