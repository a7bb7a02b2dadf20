using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Meetings.Calendar;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>
/// The calendar of meetings on PostgreSQL reads a bounded number of meetings, however many are stored, in as many
/// statements whatever the number of partnerships the user reads.
/// </summary>
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

    [Fact]
    public async Task The_calendar_sends_as_many_statements_for_a_user_of_30_partnerships_as_for_a_user_of_1_and_offers_to_plan_where_the_rules_allow()
    {
        List<Guid> thirty;
        await using (var db = await world.CreateContextAsync())
        {
            var added = Enumerable.Range(1, 30)
                .Select(n => Partnership.Open($"Talent partnership {n:00}", PartnershipKind.TalentPartnership, null, PartnershipStatus.NeedsAssessment))
                .ToList();
            db.Partnerships.AddRange(added);
            await db.SaveChangesAsync(Ct);
            thirty = [.. added.Select(p => p.Id)];
        }

        var ofOne = world.Users["TaskForceMember"];
        var ofThirty = await TestAccounts.CreateAsync(world, "Task-force member of 30", Role.TaskForceMember, null, [.. thirty]);
        var focalPointOfThirty = await TestAccounts.CreateAsync(world, "Focal point of 30", Role.FocalPoint, null, [.. thirty]);

        // Where no event is under way (background work, or past an event's lifetime) every access question reads afresh;
        // within one event (a request, a click) the account and the partnerships' scopes are read once.
        foreach (var inOneEvent in new[] { false, true })
        {
            var (one, readByOne) = await ListCountedAsync(ofOne, inOneEvent);
            var (many, readByMany) = await ListCountedAsync(ofThirty, inOneEvent);

            Assert.Equal((1, 30), (readByOne.Partnerships.Count, readByMany.Partnerships.Count));
            Assert.Equal(one, many);
        }

        var (_, ofFocalPoint) = await ListCountedAsync(focalPointOfThirty, inOneEvent: true);
        Assert.Equal(thirty.Order(), ofFocalPoint.Plannable.Select(p => p.Id).Order());
        Assert.Empty((await ListCountedAsync(ofThirty, inOneEvent: true)).Calendar.Plannable);
    }

    /// <summary>The calendar across partnerships as the user reads it, and the statements reading it sent.</summary>
    private async Task<(int Statements, MeetingCalendar Calendar)> ListCountedAsync(ClaimsPrincipal user, bool inOneEvent)
    {
        var counter = new CommandCounter();
        await using var services = AppServices.Build(
            world.Database.ConnectionString,
            replace: s => s.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(counter)));
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user);
        if (inOneEvent)
        {
            scope.ServiceProvider.GetRequiredService<AccessEvents>().Begin();
        }

        var calendar = await scope.ServiceProvider.GetRequiredService<ListMeetings>().ExecuteAsync(null, null, Ct);
        return (counter.Commands, calendar);
    }
}
