using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Features.Meetings.Details;
using MobilityPartnerships.Web.Features.Minutes;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Minutes;

/// <summary>The minutes of a meeting as its focal point sees them: approval is offered once the meeting's day has come (Brussels' day), not before.</summary>
public sealed class MinutesSectionTests() : ComponentTest(services =>
{
    services.AddMinutes();
    services.AddLogging();
    services.AddSingleton(Options.Create(new DatabaseOptions()));
    services.AddSingleton(sp => new StandbyState(null, sp.GetRequiredService<TimeProvider>(), Options.Create(new StandbyOptions())));
    services.AddScoped<Writes>();
})
{
    [Fact]
    public void Draft_minutes_of_a_meeting_not_yet_held_cannot_be_approved_and_the_page_says_from_when()
    {
        var heldOn = Today.AddDays(10);

        var section = Render<MinutesSection>(p => p.Add(c => c.Meeting, Meeting(heldOn)).Add(c => c.MayManage, true));

        Assert.True(section.Find("[data-testid=minutes-approve]").HasAttribute("disabled"));
        var reason = section.Find("[data-testid=minutes-approve-from]");
        Assert.Equal($"The minutes can be approved once the meeting is held, from {heldOn:d MMMM yyyy}.", reason.TextContent.Trim());
        Assert.Equal(reason.Id, section.Find("[data-testid=minutes-approve]").GetAttribute("aria-describedby"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Draft_minutes_of_a_meeting_held_today_or_before_may_be_approved(int days)
    {
        var section = Render<MinutesSection>(p => p.Add(c => c.Meeting, Meeting(Today.AddDays(days))).Add(c => c.MayManage, true));

        Assert.False(section.Find("[data-testid=minutes-approve]").HasAttribute("disabled"));
        Assert.Empty(section.FindAll("[data-testid=minutes-approve-from]"));
    }

    private DateOnly Today => Services.GetRequiredService<ProductCalendar>().Today;

    private static MeetingView Meeting(DateOnly heldOn) => new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), "First", MeetingKind.TaskForce, "Task force", heldOn, "Brussels", false, 3,
        [], [], [], [], "Draft minutes.", null, null, [], [], [], [], false, []);
}
