using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Features.Users;
using MobilityPartnerships.Web.Features.Users.Changing;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;
using static MobilityPartnerships.Domain.Access.Operation;

namespace MobilityPartnerships.IntegrationTests.Access;

/// <summary>
/// The account behind the access questions is read once per request or UI event, and never kept across them:
/// many questions in one event read it once; after an administrator takes a partnership from a user, the
/// user's very next event is refused it.
/// </summary>
public sealed class AccessEventsTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Within_one_request_the_account_is_read_once_whatever_is_asked()
    {
        var reader = await TestAccounts.CreateAsync(world, "Reader of one request", Role.TaskForceMember, null, world.Inside);
        await using var scope = world.As(reader);
        var services = scope.ServiceProvider;
        using var reads = new AccountReads(world.Database.Name);

        services.GetRequiredService<AccessEvents>().Begin();
        var access = services.GetRequiredService<AccessControl>();
        var first = await access.ReadScopeAsync(Ct);
        for (var component = 0; component < 10; component++)
        {
            Assert.Same(first, await access.ReadScopeAsync(Ct));
        }

        Assert.IsType<AccessDecision.Allowed>(await access.CheckPartnershipAsync(ReadPartnership, world.Inside, Ct));
        Assert.IsType<AccessDecision.Missing>(await access.CheckPartnershipAsync(ReadPartnership, world.Outside, Ct));
        Assert.IsType<AccessDecision.Allowed>(await access.CheckInitiativeAsync(ReadInitiative, world.OwnInitiative, Ct));
        Assert.IsType<AccessDecision.Allowed>(await access.CheckMeetingAsync(ReadMeeting, world.TaskForceMeeting, Ct));
        Assert.True(await access.MayAsync(ListPartnerships, cancellationToken: Ct));
        Assert.NotNull(await access.ActorAsync(Ct));
        Assert.Equal(1, reads.Count);

        // Without an event (background work, a scope of its own) every question reads the account afresh.
        await using var other = world.As(reader);
        var unscoped = other.ServiceProvider.GetRequiredService<AccessControl>();
        await unscoped.CheckAsync(ListPartnerships, Ct);
        await unscoped.CheckAsync(ListPartnerships, Ct);
        Assert.Equal(3, reads.Count);
    }

    [Fact]
    public async Task After_an_administrator_takes_a_partnership_away_the_next_event_is_refused_it()
    {
        var reader = await TestAccounts.CreateAsync(world, "Reader losing a partnership", Role.TaskForceMember, null, world.Inside);
        await using var scope = world.As(reader);
        var services = scope.ServiceProvider;
        var access = services.GetRequiredService<AccessControl>();

        // Each message from the browser to an open page is an event of the circuit's scope, which outlives them.
        var circuit = new AccessEventsCircuitHandler(services.GetRequiredService<AccessEvents>());
        async Task<(AccessDecision Decision, IReadOnlySet<Guid> Reads)> EventAsync()
        {
            (AccessDecision, IReadOnlySet<Guid>) answer = default;
            await circuit.CreateInboundActivityHandler(async _ =>
                answer = (await access.CheckPartnershipAsync(ReadPartnership, world.Inside, Ct), (await access.ReadScopeAsync(Ct)).Partnerships))(null!);
            return answer;
        }

        var before = await EventAsync();
        Assert.IsType<AccessDecision.Allowed>(before.Decision);
        Assert.Contains(world.Inside, before.Reads);

        var id = AccountClaims.UserIdOf(reader)!.Value;
        var revoked = await world.Get<ChangeUser>().ExecuteAsync(id, new UserDraft { Email = $"{id:N}@test.example", DisplayName = "Reader losing a partnership", Role = Role.TaskForceMember, PartnershipIds = [world.Outside] }, Ct);
        Assert.IsType<WriteOutcome.Done>(revoked);

        // A partnership no longer read is answered as one that does not exist.
        var after = await EventAsync();
        Assert.IsType<AccessDecision.Missing>(after.Decision);
        Assert.DoesNotContain(world.Inside, after.Reads);

        // And so is the next request, a scope of its own.
        await using var request = world.As(reader);
        request.ServiceProvider.GetRequiredService<AccessEvents>().Begin();
        Assert.IsType<AccessDecision.Missing>(await request.ServiceProvider.GetRequiredService<AccessControl>().CheckPartnershipAsync(ReadPartnership, world.Inside, Ct));
    }

    [Fact]
    public async Task A_page_s_replies_to_the_server_belong_to_the_event_under_way_and_its_next_own_message_begins_one()
    {
        var reader = await TestAccounts.CreateAsync(world, "Reader of one navigation", Role.TaskForceMember, null, world.Inside);
        await using var scope = world.As(reader);
        var services = scope.ServiceProvider;
        var access = services.GetRequiredService<AccessControl>();
        var circuit = new AccessEventsCircuitHandler(services.GetRequiredService<AccessEvents>());
        var replies = new BrowserReplies();
        using var reads = new AccountReads(world.Database.Name);

        // A hub message, as Blazor's hub receives it: through the filter, then the circuit's inbound activity.
        async Task MessageAsync(string hubMethod) =>
            await replies.InvokeMethodAsync(BlazorHub.Invocation(hubMethod), async _ =>
            {
                await circuit.CreateInboundActivityHandler(async _ => await access.CheckPartnershipAsync(ReadPartnership, world.Inside, Ct))(null!);
                return null;
            });

        // A navigation reads the account once, however many render batches the page acknowledges and script calls it
        // answers while the navigation's work runs.
        await MessageAsync("OnLocationChanged");
        await MessageAsync("OnRenderCompleted");
        await MessageAsync("EndInvokeJSFromDotNet");
        await MessageAsync("OnRenderCompleted");
        Assert.Equal(1, reads.Count);

        // The page's next message of its own (a click) is a new event: the account is read again.
        await MessageAsync("DispatchBrowserEvent");
        Assert.Equal(2, reads.Count);
        Assert.False(BrowserReplies.IsReply);
    }

    /// <summary>Invocations of Blazor's hub methods, by name, for the hub filter.</summary>
    private sealed class BlazorHub : Hub
    {
        public static HubInvocationContext Invocation(string method) =>
            new(new Caller(), new ServiceCollection().BuildServiceProvider(), new BlazorHub(), typeof(BlazorHub).GetMethod(method)!, []);

        public static void OnLocationChanged()
        {
        }

        public static void OnRenderCompleted()
        {
        }

        public static void EndInvokeJSFromDotNet()
        {
        }

        public static void DispatchBrowserEvent()
        {
        }

        private sealed class Caller : HubCallerContext
        {
            public override string ConnectionId => "test";

            public override string? UserIdentifier => null;

            public override System.Security.Claims.ClaimsPrincipal? User => null;

            public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

            public override Microsoft.AspNetCore.Http.Features.IFeatureCollection Features { get; } = new Microsoft.AspNetCore.Http.Features.FeatureCollection();

            public override CancellationToken ConnectionAborted => CancellationToken.None;

            public override void Abort()
            {
            }
        }
    }

    /// <summary>Counts the commands that read an account, in one test database, as EF Core reports them.</summary>
    private sealed class AccountReads : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string database;
        private readonly ConcurrentBag<IDisposable> subscriptions = [];
        private int count;

        public AccountReads(string database)
        {
            this.database = database;
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name
                && value.Value is CommandEventData { Command: DbCommand command }
                && command.Connection?.Database == database
                && command.CommandText.Contains("FROM accounts", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
