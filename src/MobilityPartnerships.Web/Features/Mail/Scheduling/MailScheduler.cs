using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Features.Mail.Scheduling;

/// <summary>
/// The background job: a <see cref="MailRun"/> every <see cref="MailOptions.RunEvery"/>, in a scope of its own. What it
/// has to send waits in the database, so a restart loses nothing; without mail settings it does nothing.
/// </summary>
internal sealed class MailScheduler(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<MailScheduler> logger) : BackgroundService
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
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next run tries again; what was not sent stays in the outbox.
                logger.MailRunFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
