using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Work.MyWork;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Work;

/// <summary>
/// An action point marked done on "My work" leaves the list and the count above it at once: the count went on saying
/// "Action points: 1" beside "No open action points are yours." until the page was loaded again.
/// </summary>
public sealed class MarkingDoneOnMyWorkTests(MyWorkWorld world) : ComponentOnDatabaseTest(world), IClassFixture<MyWorkWorld>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Marking_ones_only_action_point_done_counts_none_at_once()
    {
        world.Services.GetRequiredService<CurrentUser>().ActAs(world.Official);
        var page = Render<MyWorkPage>();
        page.WaitForAssertion(() => Assert.Equal("Action points: 1", page.Find("[data-testid=work-count-action-points]").TextContent.Trim()), Patience);

        page.Find("[data-testid=work-mark-done]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=work-action-points-none]")), Patience);
        Assert.Equal("Action points: 0", page.Find("[data-testid=work-count-action-points]").TextContent.Trim());
    }
}
