using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Hosting.Circuits;

/// <summary>Whether this open page was let in under its account's limit of open pages; a refused page shows only why.</summary>
public sealed class CircuitAdmission
{
    public bool Refused { get; internal set; }
}

/// <summary>
/// Counts each signed-in account's connected pages and refuses the one beyond <see cref="CircuitSettings.MaxPerUser"/>:
/// that page renders only a message, reads nothing and holds almost nothing. A page whose connection drops stops counting
/// (so a crashed browser or a closed laptop does not lock its user out); such pages are bounded for all users together by
/// <see cref="CircuitSettings.DisconnectedMaxRetained"/>, and one that reconnects counts again.
/// </summary>
internal sealed partial class CircuitLimitHandler(
    OpenCircuits open,
    CircuitAdmission admission,
    AuthenticationStateProvider authentication,
    IOptions<CircuitSettings> settings,
    ILogger<CircuitLimitHandler> logger) : CircuitHandler
{
    private string? accountId;
    private bool counted;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return;
        }

        if (open.TryOpen(id, settings.Value.MaxPerUser))
        {
            accountId = id;
            counted = true;
        }
        else
        {
            admission.Refused = true;
            Refused(logger, id, settings.Value.MaxPerUser);
        }
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (accountId is not null && !counted)
        {
            // An admitted page coming back after its connection dropped: it was let in, so it counts again.
            open.Reopen(accountId);
            counted = true;
        }

        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Uncount();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Uncount();
        return Task.CompletedTask;
    }

    private void Uncount()
    {
        if (accountId is not null && counted)
        {
            open.Close(accountId);
            counted = false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Open page refused: user {UserId} already has {Limit} open")]
    private static partial void Refused(ILogger logger, string userId, int limit);
}
