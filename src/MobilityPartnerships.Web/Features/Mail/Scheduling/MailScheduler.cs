using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Features.Mail.Scheduling;

/// <summary>
/// The background job: a <see cref="MailRun"/> every <see cref="MailOptions.RunEvery"/>, in a scope of its own. What it
/// has to send waits in the database, so a restart loses nothing; without mail settings it does nothing. Between runs,
/// <see cref="MailWakeUp"/> has it send what is due at once (composing stays on the schedule).
/// </summary>
internal sealed class MailScheduler(IServiceScopeFactory scopes, IOptions<MailOptions> options, MailWakeUp wakeUp, ILogger<MailScheduler> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsConfigured && !string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            // Beside the demo sign-ins, for the person who started the app.
            Console.WriteLine($"E-mail is not sent but written to {Path.GetFullPath(settings.PickupDirectory)} (one .eml file per message).");
            Console.WriteLine();
        }
        else if (!settings.IsConfigured)
        {
            logger.MailNotConfigured();
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured || !settings.RunInBackground)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.RunEvery);
        await RunAsync(wholeRun: true, stoppingToken);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var woken = wakeUp.WaitAsync(stoppingToken);
        while (true)
        {
            if (await Task.WhenAny(tick, woken) == tick)
            {
                if (!await tick)
                {
                    return;
                }

                tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                await RunAsync(wholeRun: true, stoppingToken);
            }
            else
            {
                await woken;
                woken = wakeUp.WaitAsync(stoppingToken);
                await RunAsync(wholeRun: false, stoppingToken);
            }
        }
    }

    /// <summary>A whole run (compose what is due, then send), or sending only.</summary>
    private async Task RunAsync(bool wholeRun, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (wholeRun)
            {
                await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(stoppingToken);
            }
            else
            {
                await scope.ServiceProvider.GetRequiredService<Sending.MailDelivery>().SendDueAsync(stoppingToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next run tries again; what was not sent stays in the outbox.
            logger.MailRunFailed(exception);
        }
    }
}
