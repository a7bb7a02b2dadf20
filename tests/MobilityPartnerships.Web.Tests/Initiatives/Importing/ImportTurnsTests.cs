using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing;

/// <summary>Turns for reading a file: per user, for the whole server, first come first served, with the place in line reported.</summary>
public sealed class ImportTurnsTests
{
    private static ImportTurns Queue(int perUser = 1, int atOnce = 2, int waiting = 20) =>
        new(Options.Create(new SpreadsheetLimits { MaxReadsPerUser = perUser, MaxReadsAtOnce = atOnce, MaxReadsWaiting = waiting }));

    private static async Task<IDisposable> Granted(Task<ImportTurn> turn) => Assert.IsType<ImportTurn.Granted>(await turn).Lease;

    private static async Task<string> Refused(Task<ImportTurn> turn) => Assert.IsType<ImportTurn.Refused>(await turn).Message;

    [Fact]
    public async Task A_second_read_by_the_same_user_is_refused_until_the_first_ends()
    {
        var queue = Queue();
        var first = await Granted(queue.WaitAsync("sweden", null, CancellationToken.None));
        Assert.Equal("You are already importing a file in another window or tab. Wait until it has been read, or cancel it there, then try again.",
            await Refused(queue.WaitAsync("sweden", null, CancellationToken.None)));
        first.Dispose();
        (await Granted(queue.WaitAsync("sweden", null, CancellationToken.None))).Dispose();
        Assert.Equal(0, queue.Running);
    }

    [Fact]
    public async Task Beyond_the_server_count_reads_wait_in_line_told_how_many_are_ahead_and_go_first_come_first_served()
    {
        var queue = Queue(atOnce: 2);
        var sweden = await Granted(queue.WaitAsync("sweden", null, CancellationToken.None));
        var ireland = await Granted(queue.WaitAsync("ireland", null, CancellationToken.None));
        var moldovaPlaces = new Places();
        var taskForcePlaces = new Places();
        var moldova = queue.WaitAsync("moldova", moldovaPlaces, CancellationToken.None);
        var taskForce = queue.WaitAsync("task force", taskForcePlaces, CancellationToken.None);
        Assert.False(moldova.IsCompleted);
        Assert.False(taskForce.IsCompleted);
        Assert.Equal([0], moldovaPlaces.Reported);
        Assert.Equal([1], taskForcePlaces.Reported);

        sweden.Dispose();
        var moldovaTurn = await Granted(moldova);
        Assert.False(taskForce.IsCompleted);
        Assert.Equal([1, 0], taskForcePlaces.Reported);
        Assert.Equal(2, queue.Running);

        ireland.Dispose();
        (await Granted(taskForce)).Dispose();
        moldovaTurn.Dispose();
        Assert.Equal(0, queue.Running);
    }

    [Fact]
    public async Task Beyond_the_reads_allowed_to_wait_a_read_is_refused_with_a_message()
    {
        var queue = Queue(atOnce: 1, waiting: 1);
        using var sweden = await Granted(queue.WaitAsync("sweden", null, CancellationToken.None));
        var ireland = queue.WaitAsync("ireland", null, CancellationToken.None);
        Assert.Equal("Too many files are being read for import right now. Nothing was read; try again in a few minutes.",
            await Refused(queue.WaitAsync("moldova", null, CancellationToken.None)));
        Assert.False(ireland.IsCompleted);
    }

    [Fact]
    public async Task A_read_cancelled_while_waiting_leaves_the_line_and_those_behind_move_up()
    {
        var queue = Queue(atOnce: 1);
        var sweden = await Granted(queue.WaitAsync("sweden", null, CancellationToken.None));
        using var cancel = new CancellationTokenSource();
        var ireland = queue.WaitAsync("ireland", null, cancel.Token);
        var moldovaPlaces = new Places();
        var moldova = queue.WaitAsync("moldova", moldovaPlaces, CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ireland);
        Assert.Equal([1, 0], moldovaPlaces.Reported);

        // Ireland may read again: its cancelled read no longer counts as one of its own.
        sweden.Dispose();
        using var moldovaTurn = await Granted(moldova);
        Assert.Equal(1, queue.Running);
        Assert.IsType<ImportTurn.Refused>(await queue.WaitAsync("moldova", null, CancellationToken.None));
        Assert.False(queue.WaitAsync("ireland", null, CancellationToken.None).IsCompleted);
    }

    /// <summary>Places reported, in order, at once (no synchronisation context in between).</summary>
    private sealed class Places : IProgress<int>
    {
        public List<int> Reported { get; } = [];

        public void Report(int value) => Reported.Add(value);
    }
}
