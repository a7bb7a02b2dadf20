using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Turns for reading and checking an uploaded file: at most <see cref="SpreadsheetLimits.MaxReadsPerUser"/> per user
/// and <see cref="SpreadsheetLimits.MaxReadsAtOnce"/> for the whole server. A read beyond the server's count waits in
/// line, first come first served, told how many are ahead of it; one beyond the user's count, or beyond
/// <see cref="SpreadsheetLimits.MaxReadsWaiting"/> in line, is refused with a message. One for the whole server.
/// </summary>
public sealed class ImportTurns(IOptions<SpreadsheetLimits> limits)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> perUser = new(StringComparer.Ordinal);
    private readonly LinkedList<Waiter> line = new();
    private int running;

    /// <summary>How many reads run now, for all users.</summary>
    public int Running
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    /// <summary>
    /// A turn for <paramref name="user"/>: granted at once or after waiting (reporting to <paramref name="ahead"/> how many
    /// are ahead in line, 0 when next), or refused. Cancelling <paramref name="cancellationToken"/> leaves the line.
    /// </summary>
    public async Task<ImportTurn> WaitAsync(string user, IProgress<int>? ahead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        Waiter waiter;
        int before;
        lock (gate)
        {
            if (perUser.GetValueOrDefault(user) >= limits.Value.MaxReadsPerUser)
            {
                return new ImportTurn.Refused(ImportMessages.QueueUser);
            }

            if (line.Count == 0 && running < limits.Value.MaxReadsAtOnce)
            {
                running++;
                perUser[user] = perUser.GetValueOrDefault(user) + 1;
                return new ImportTurn.Granted(new Lease(this, user));
            }

            if (line.Count >= limits.Value.MaxReadsWaiting)
            {
                return new ImportTurn.Refused(ImportMessages.QueueFull);
            }

            perUser[user] = perUser.GetValueOrDefault(user) + 1;
            waiter = new Waiter(user, ahead);
            waiter.Node = line.AddLast(waiter);
            before = line.Count - 1;
        }

        ahead?.Report(before);
        await using (cancellationToken.Register(() => Leave(waiter)))
        {
            await waiter.Turn.Task;
        }

        return new ImportTurn.Granted(new Lease(this, user));
    }

    /// <summary>A waiter that gives up leaves the line; those behind it move up.</summary>
    private void Leave(Waiter waiter)
    {
        List<(IProgress<int>, int)> moved;
        lock (gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            line.Remove(waiter.Node);
            Forget(waiter.User);
            moved = Positions();
        }

        waiter.Turn.TrySetCanceled();
        Report(moved);
    }

    private void Release(string user)
    {
        var granted = new List<Waiter>();
        List<(IProgress<int>, int)> moved;
        lock (gate)
        {
            running--;
            Forget(user);
            while (running < limits.Value.MaxReadsAtOnce && line.First is { } first)
            {
                line.RemoveFirst();
                running++;
                granted.Add(first.Value);
            }

            moved = Positions();
        }

        foreach (var waiter in granted)
        {
            waiter.Turn.TrySetResult();
        }

        Report(moved);
    }

    private void Forget(string user)
    {
        if (--perUser[user] == 0)
        {
            perUser.Remove(user);
        }
    }

    private List<(IProgress<int> Ahead, int Count)> Positions() =>
        [.. line.Select((w, i) => (w.Ahead, i)).Where(w => w.Ahead is not null).Select(w => (w.Ahead!, w.i))];

    private static void Report(List<(IProgress<int> Ahead, int Count)> positions)
    {
        foreach (var (ahead, count) in positions)
        {
            ahead.Report(count);
        }
    }

    private sealed class Waiter(string user, IProgress<int>? ahead)
    {
        public string User => user;

        public IProgress<int>? Ahead => ahead;

        public TaskCompletionSource Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }
    }

    /// <summary>A turn held; disposing it gives it to the next in line.</summary>
    private sealed class Lease(ImportTurns queue, string user) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                queue.Release(user);
            }
        }
    }
}

/// <summary>Whether a read may start: a turn to dispose when done, or why not.</summary>
public abstract record ImportTurn
{
    private ImportTurn()
    {
    }

    public sealed record Granted(IDisposable Lease) : ImportTurn;

    public sealed record Refused(string Message) : ImportTurn;
}
