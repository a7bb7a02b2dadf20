using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MobilityPartnerships.Web.Features.Work.MyWork;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Work;

/// <summary>
/// Leaving "My work" while it loads, as the tester did: the load is cancelled with the page, and its next step failing on
/// the ended circuit's services (CurrentUser's provider, disposed) is the end of the load, not an unhandled circuit error.
/// </summary>
public sealed class LeavingMyWorkTests(LeavingMyWorkTests.HeldUserFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<LeavingMyWorkTests.HeldUserFixture>
{
    [Fact]
    public async Task Leaving_my_work_while_it_loads_cancels_the_load_and_reports_no_error()
    {
        var held = fixture.User.Hold();
        Render<MyWorkPage>();
        var asked = await held.Asked;
        Assert.False(asked.IsCancellationRequested);

        await DisposeComponentsAsync();
        await Renderer.Dispatcher.InvokeAsync(() => held.Fail(new ObjectDisposedException("IServiceProvider")));
        for (var i = 0; i < 3; i++)
        {
            await Renderer.Dispatcher.InvokeAsync(() => { });
        }

        Assert.True(asked.IsCancellationRequested);
        Assert.False(Renderer.UnhandledException.IsCompleted);
    }

    /// <summary>The app's services, with the acting user held at the next read until the test lets it go on or fail.</summary>
    public sealed class HeldUserFixture : DatabaseFixture
    {
        public HeldUser User { get; } = new();

        protected override Action<IServiceCollection>? Replace => services =>
        {
            services.RemoveAll<ICurrentUser>();
            services.AddScoped<ICurrentUser>(provider => User.Around(provider.GetRequiredService<CurrentUser>()));
        };
    }

    public sealed class HeldUser
    {
        private Hold? next;

        public Hold Hold() => next = new Hold();

        internal ICurrentUser Around(CurrentUser user) => new Holding(this, user);

        private sealed class Holding(HeldUser owner, CurrentUser user) : ICurrentUser
        {
            public Task<ClaimsPrincipal> PrincipalAsync(CancellationToken cancellationToken = default)
            {
                if (Interlocked.Exchange(ref owner.next, null) is { } hold)
                {
                    return hold.WaitAsync(cancellationToken);
                }

                return user.PrincipalAsync(cancellationToken);
            }
        }
    }

    public sealed class Hold
    {
        private readonly TaskCompletionSource<CancellationToken> asked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<ClaimsPrincipal> answer = new();

        /// <summary>The token the read passed, once it asked.</summary>
        public Task<CancellationToken> Asked => asked.Task;

        public void Fail(Exception exception) => answer.SetException(exception);

        internal Task<ClaimsPrincipal> WaitAsync(CancellationToken cancellationToken)
        {
            asked.SetResult(cancellationToken);
            return answer.Task;
        }
    }
}
