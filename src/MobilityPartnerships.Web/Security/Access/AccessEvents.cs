using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.SignalR;
using MobilityPartnerships.Domain.Access;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>
/// The request or UI event the access questions of one service scope are asked in, so that
/// <see cref="AccessControl"/> reads the user's account and read scope once per event and never keeps them across
/// events (a right revoked by an administrator bites at the very next one).
/// <para>
/// An HTTP request (a page rendered on the server, an export, an API call) begins one event for its whole scope.
/// In an interactive page the scope is the circuit's, which lives across events, so each message from the browser
/// on its own (a click, a navigation, a call from the page's script; not its replies to the server, which belong to the
/// event under way: <see cref="BrowserReplies"/>) begins a new event and the previous one's answers stop holding at once,
/// whatever is still running for it. An event also ends after <see cref="Lifetime"/>, so work that outlives it
/// (a timer a component started) reads afresh. A scope where no event was begun (background work, a scope a
/// handler opens of its own) caches nothing: every question reads the account.
/// </para>
/// </summary>
public sealed class AccessEvents
{
    /// <summary>How long answers of one event may be reused at most.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private AccessEvent? current;

    /// <summary>A new request or UI event begins: what earlier ones learnt no longer holds.</summary>
    public void Begin() => current = new AccessEvent();

    /// <summary>The event under way, or null when none is (then nothing is cached).</summary>
    internal AccessEvent? Current => current is { IsOver: false } open ? open : null;
}

/// <summary>What one event learnt of the signed-in user (their account as the access rules see it, and what they read) and of the partnerships.</summary>
internal sealed class AccessEvent
{
    private readonly long started = Stopwatch.GetTimestamp();
    private Known? known;

    public bool IsOver => Stopwatch.GetElapsedTime(started) > AccessEvents.Lifetime;

    /// <summary>The account loaded for <paramref name="signedIn"/> in this event, if it was.</summary>
    public ClaimsPrincipal? AccountOf(ClaimsPrincipal signedIn) => known is { } k && ReferenceEquals(k.SignedIn, signedIn) ? k.Account : null;

    public ReadScope? ReadScopeOf(ClaimsPrincipal signedIn) => known is { } k && ReferenceEquals(k.SignedIn, signedIn) ? k.Scope : null;

    public void Remember(ClaimsPrincipal signedIn, ClaimsPrincipal account) => known = new Known(signedIn, account, null);

    public void Remember(ClaimsPrincipal signedIn, ClaimsPrincipal account, ReadScope scope) => known = new Known(signedIn, account, scope);

    /// <summary>What the access rules need of every partnership (partner country, participants today), once read in this event.</summary>
    public IReadOnlyDictionary<Guid, PartnershipScope>? Partnerships { get; set; }

    /// <summary>What the access rules need of the initiatives asked about in this event (null: there is none such).</summary>
    public ConcurrentDictionary<Guid, InitiativeScope?> Initiatives { get; } = new();

    /// <summary>Something was stored in this event: what it read of partnerships and initiatives (and so what the user reads) is read again; the account holds.</summary>
    public void Stored()
    {
        Partnerships = null;
        Initiatives.Clear();
        known = known is { } k ? k with { Scope = null } : null;
    }

    private sealed record Known(ClaimsPrincipal SignedIn, ClaimsPrincipal Account, ReadScope? Scope);
}

/// <summary>
/// Begins an access event for every message the browser sends to an open page on its own (a click, a keystroke, a
/// navigation, a call from the page's script), not for its replies to the server (<see cref="BrowserReplies"/>): a render
/// batch acknowledged or a script call's result belongs to the event that rendered or called, as the rest of its work does.
/// </summary>
internal sealed class AccessEventsCircuitHandler(AccessEvents events) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            if (!BrowserReplies.IsReply)
            {
                events.Begin();
            }

            return next(context);
        };
}

/// <summary>
/// Names the messages of Blazor's hub that only answer the server: the acknowledgement of a render batch, the result of a
/// script call, a chunk of a stream the server asked for. A page's work for one event (a navigation's reads and renders)
/// receives many of them while it runs — a render acknowledged while the next read is under way — and each used to begin
/// a new access event, so one navigation read the account and every partnership's scope several times. Any other message
/// (or one whose name is not known here) begins an event, as before.
/// </summary>
internal sealed class BrowserReplies : IHubFilter
{
    private static readonly FrozenSet<string> Replies = FrozenSet.Create(StringComparer.Ordinal,
        "OnRenderCompleted", "EndInvokeJSFromDotNet", "ReceiveJSDataChunk", "ReceiveByteArray");

    private static readonly AsyncLocal<bool> Replying = new();

    /// <summary>Whether the hub message under way only answers the server.</summary>
    public static bool IsReply => Replying.Value;

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        Replying.Value = Replies.Contains(invocationContext.HubMethodName);
        try
        {
            return await next(invocationContext);
        }
        finally
        {
            Replying.Value = false;
        }
    }
}
