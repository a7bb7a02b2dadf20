using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NpgsqlTypes;

namespace MobilityPartnerships.Web.Data.Standby;

/// <summary>
/// What this instance knows of the standby, shared by every request and page: its connection string (null when none
/// is configured), whether it failed lately, the furthest position it was seen to have replayed, and for each user
/// who wrote the position of their last commit until the standby is seen past it (read-your-writes).
/// </summary>
public sealed class StandbyState(string? connectionString, TimeProvider clock, IOptions<StandbyOptions> options)
{
    private readonly ConcurrentDictionary<Guid, Written> written = new();
    private long downUntilTicks;
    private long replayed;

    /// <summary>The standby's connection string, bounded like the primary's; null when no standby is configured.</summary>
    public string? ConnectionString { get; } = connectionString;

    public bool IsConfigured => ConnectionString is not null;

    public StandbyOptions Options { get; } = options.Value;

    /// <summary>Whether the standby failed to answer within the last <see cref="StandbyOptions.DownFor"/>.</summary>
    public bool IsDown => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref downUntilTicks);

    public void MarkDown() => Interlocked.Exchange(ref downUntilTicks, (clock.GetUtcNow() + Options.DownFor).UtcTicks);

    /// <summary>The furthest position the standby was seen to have replayed.</summary>
    public NpgsqlLogSequenceNumber Replayed => new((ulong)Interlocked.Read(ref replayed));

    /// <summary>The standby was seen to have replayed up to <paramref name="position"/>.</summary>
    public void SawReplayed(NpgsqlLogSequenceNumber position)
    {
        var value = (long)(ulong)position;
        var seen = Interlocked.Read(ref replayed);
        while (value > seen)
        {
            var before = Interlocked.CompareExchange(ref replayed, value, seen);
            if (before == seen)
            {
                return;
            }

            seen = before;
        }
    }

    /// <summary>
    /// <paramref name="userId"/> committed a write; <paramref name="position"/> is the primary's WAL position after it,
    /// or null when it could not be read (then the user reads from the primary for <see cref="StandbyOptions.UnknownPositionHoldsFor"/>).
    /// </summary>
    public void Wrote(Guid userId, NpgsqlLogSequenceNumber? position)
    {
        var now = clock.GetUtcNow();
        var entry = new Written(position ?? NpgsqlLogSequenceNumber.Invalid, position is null ? now + Options.UnknownPositionHoldsFor : null);
        // A hold still running stays; the position is always the last commit's.
        written.AddOrUpdate(userId, entry, (_, before) => before.Until is { } until && until > now && entry.Until is null ? entry with { Until = until } : entry);

        // Users the standby is known to be past are forgotten, so the map holds only those who wrote lately.
        var past = Replayed;
        foreach (var (id, w) in written)
        {
            if ((w.Until is null || w.Until <= now) && w.Position <= past)
            {
                written.TryRemove(new KeyValuePair<Guid, Written>(id, w));
            }
        }
    }

    /// <summary>
    /// <paramref name="userId"/>'s last write, read from their session (it may have been made through another instance):
    /// their lagging reads wait for it too, unless the standby is already known to be past it or this instance knows a
    /// later one.
    /// </summary>
    public void WroteElsewhere(Guid userId, NpgsqlLogSequenceNumber position)
    {
        if (position <= Replayed)
        {
            return;
        }

        written.AddOrUpdate(userId, new Written(position, null), (_, before) => before.Position >= position ? before : before with { Position = position });
    }

    /// <summary>
    /// The position the standby must have replayed for <paramref name="userId"/>'s reads to go to it: null when it has
    /// (or they wrote nothing lately), the highest position while the position of their last write is unknown.
    /// </summary>
    public NpgsqlLogSequenceNumber? WaitingFor(Guid userId)
    {
        if (!written.TryGetValue(userId, out var entry))
        {
            return null;
        }

        if (entry.Until is { } until && clock.GetUtcNow() < until)
        {
            return new NpgsqlLogSequenceNumber(ulong.MaxValue);
        }

        if (entry.Position <= Replayed)
        {
            written.TryRemove(new KeyValuePair<Guid, Written>(userId, entry));
            return null;
        }

        return entry.Position;
    }

    /// <summary>The user's last commit's position and, while its position was not known, until when their reads go to the primary.</summary>
    private sealed record Written(NpgsqlLogSequenceNumber Position, DateTimeOffset? Until);
}
