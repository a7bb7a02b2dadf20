using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>When the user last did something in this open page (one per circuit), for the idle timeout.</summary>
internal sealed class CircuitActivity(TimeProvider clock)
{
    public DateTimeOffset LastActivity { get; private set; } = clock.GetUtcNow();

    public void Touch() => LastActivity = clock.GetUtcNow();
}

/// <summary>Marks the circuit active on every message from the browser.</summary>
internal sealed class CircuitActivityHandler(CircuitActivity activity) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            activity.Touch();
            return next(context);
        };
}
