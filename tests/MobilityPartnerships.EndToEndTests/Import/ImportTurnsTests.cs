using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Import;

/// <summary>
/// Turns for reading a file on the import page: with the server's reads all taken, a read waits with its place shown
/// and goes on when one ends, or is cancelled; a second read by the same user is refused with a message.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ImportTurnsTests(AppFixture app)
{
    private const string Csv = "Title,Pillar,Lead,Status\nQueued pilot with the Moldovan agency,Legal migration,Sweden,Planned\n";

    private ImportTurns Queue => app.Services.GetRequiredService<ImportTurns>();

    [Fact]
    public async Task With_the_server_busy_a_read_waits_with_its_place_shown_and_goes_on_when_a_turn_ends()
    {
        var page = await app.OpenAsync($"partnerships/{await MoldovaAsync()}/import");
        var first = await TurnAsync("another user");
        var second = await TurnAsync("a third user");
        try
        {
            await ChooseAsync(page);
            await Expect(page.GetByTestId("import-progress")).ToHaveTextAsync("Waiting for the server: 0 ahead of you …");
            await Expect(page.GetByTestId("import-cancel")).ToBeVisibleAsync();

            first.Dispose();
            await Expect(page.GetByTestId("import-preview")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("1 to add");
        }
        finally
        {
            first.Dispose();
            second.Dispose();
        }
    }

    [Fact]
    public async Task A_waiting_read_can_be_cancelled_and_leaves_the_line()
    {
        var page = await app.OpenAsync($"partnerships/{await MoldovaAsync()}/import");
        var first = await TurnAsync("another user");
        var second = await TurnAsync("a third user");
        try
        {
            await ChooseAsync(page);
            await Expect(page.GetByTestId("import-progress")).ToHaveTextAsync("Waiting for the server: 0 ahead of you …");
            await page.GetByTestId("import-cancel").ClickAsync();

            await Expect(page.GetByTestId("import-refused")).ToHaveTextAsync("Stopped: the file was not read to the end and nothing was stored. Choose it again when you are ready.");
            await Expect(page.GetByTestId("import-preview")).ToHaveCountAsync(0);

            // The cancelled read left the line: the turn that ends is given to nobody.
            first.Dispose();
            Assert.Equal(1, Queue.Running);
        }
        finally
        {
            first.Dispose();
            second.Dispose();
        }
    }

    [Fact]
    public async Task A_second_read_by_the_same_user_is_refused_with_a_message()
    {
        var page = await app.OpenAsync($"partnerships/{await MoldovaAsync()}/import");
        var administrator = await app.Database.ScalarAsync<Guid>("SELECT id FROM accounts WHERE email = $1", AppFixture.Administrator);
        var elsewhere = await TurnAsync(administrator.ToString());
        try
        {
            await ChooseAsync(page);
            await Expect(page.GetByTestId("import-refused")).ToHaveTextAsync(
                "You are already importing a file in another window or tab. Wait until it has been read, or cancel it there, then try again.");
            await Expect(page.GetByTestId("import-preview")).ToHaveCountAsync(0);
        }
        finally
        {
            elsewhere.Dispose();
        }
    }

    private async Task<IDisposable> TurnAsync(string user) =>
        Assert.IsType<ImportTurn.Granted>(await Queue.WaitAsync(user, null, TestContext.Current.CancellationToken)).Lease;

    private static Task ChooseAsync(IPage page) =>
        AppFixture.ChooseFileAsync(page, new FilePayload { Name = "queued.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv) });

    private Task<Guid> MoldovaAsync() =>
        app.Database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
}
