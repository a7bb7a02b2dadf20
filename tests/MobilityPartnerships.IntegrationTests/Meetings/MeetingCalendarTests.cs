using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.Meetings.Calendar;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>The calendar of meetings on PostgreSQL reads a bounded number of meetings, however many are stored.</summary>
public sealed class MeetingCalendarTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_calendar_lists_at_most_200_past_meetings_latest_first_and_says_there_are_more()
    {
        await using (var db = await world.CreateContextAsync())
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == world.Inside, Ct);
            for (var day = 0; day < 210; day++)
            {
                db.Meetings.Add(Meeting.Plan(partnership, MeetingKind.TaskForce, $"Past {day}", new DateOnly(2024, 1, 1).AddDays(day), "Brussels", isOnline: false));
            }

            await db.SaveChangesAsync(Ct);
        }

        await using var scope = world.As(world.Users["FocalPoint"]);

        var calendar = await scope.ServiceProvider.GetRequiredService<ListMeetings>().ExecuteAsync(null, null, Ct);

        Assert.Equal(ListMeetings.Limit, calendar.Past.Count);
        Assert.True(calendar.MorePast);
        Assert.Equal(calendar.Past.OrderByDescending(m => m.HeldOn).Select(m => m.Id), calendar.Past.Select(m => m.Id));
    }
}
