using System.Threading.Channels;

namespace MobilityPartnerships.Web.Features.Mail.Scheduling;

/// <summary>
/// Asks this instance's <see cref="MailScheduler"/> to send what is due now rather than at its next run: a message a
/// person is waiting for (a password reset link, an invitation) goes out within seconds, not up to
/// <see cref="MailOptions.RunEvery"/> later. Asking again before it has woken asks once.
/// </summary>
public sealed class MailWakeUp
{
    private readonly Channel<bool> asked = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Something waits in the outbox for someone who is waiting for it.</summary>
    public void SendSoon() => asked.Writer.TryWrite(true);

    /// <summary>Ends when someone asked (at once if they already did).</summary>
    internal async Task WaitAsync(CancellationToken cancellationToken)
    {
        await asked.Reader.ReadAsync(cancellationToken);
    }
}
