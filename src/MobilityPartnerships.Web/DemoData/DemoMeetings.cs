using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.DemoData;

// The shape of demo-meetings.json. Partnerships are named by their key in demo-data.json, organisations by key.
#pragma warning disable CA1812 // Instantiated by the JSON deserialiser.

/// <summary>The meetings, with the day their dates were written for: they move with the day the data is loaded.</summary>
internal sealed record DemoMeetingSet(DateOnly WrittenFor, IReadOnlyList<DemoMeeting> Meetings);

internal sealed record DemoMeeting(
    string Partnership,
    MeetingKind Kind,
    string Title,
    DateOnly HeldOn,
    string? Place,
    bool IsOnline,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string>? People,
    IReadOnlyList<DemoAgendaItem>? Agenda,
    string? Minutes,
    IReadOnlyList<string>? Decisions,
    DateOnly? ApprovedOn,
    string? ApprovedBy,
    IReadOnlyList<DemoActionPoint>? ActionPoints);

internal sealed record DemoAgendaItem(string Title, string? Note, string ProposedBy, DateOnly ProposedOn, bool Accepted);

internal sealed record DemoActionPoint(string Text, string? Owner, string? Person, DateOnly DueOn, ActionPointStatus Status, DateOnly? ClosedOn);

#pragma warning restore CA1812

/// <summary>
/// Adds the demo meetings of the partnerships the demo data loaded, through the domain: chairs (the Commission, the
/// Presidency of the meeting's date from the rotation, the partner country except at a task force), agenda, minutes,
/// action points. A meeting already present (same partnership, title and date) is left as it is.
/// </summary>
internal static class DemoMeetings
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static async Task<int> AddAsync(AppDbContext db, DemoDataSet data, Dictionary<string, Organisation> organisations, DateOnly today, DayCalendar calendar, CancellationToken cancellationToken)
    {
        await using var stream = EmbeddedFile.Open("demo-meetings.json");
        var set = await JsonSerializer.DeserializeAsync<DemoMeetingSet>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException("demo-meetings.json is empty.");
        var names = data.Partnerships.ToDictionary(p => p.Key, p => p.Name, StringComparer.Ordinal);
        var terms = await db.PresidencyTerms.AsNoTracking().ToListAsync(cancellationToken);
        var added = 0;
        // The meetings are not facts of the documents: they keep their distance to the day of loading, so a coming one stays coming.
        var days = today.DayNumber - set.WrittenFor.DayNumber;
        foreach (var demo in set.Meetings.Select(m => Shift(m, days)))
        {
            var name = names[demo.Partnership];
            var partnership = await db.Partnerships.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Name == name, cancellationToken);
            if (partnership is null || await db.Meetings.AnyAsync(m => m.PartnershipId == partnership.Id && m.Title == demo.Title, cancellationToken))
            {
                continue;
            }

            var holder = terms.Find(t => t.Covers(demo.HeldOn))?.MemberStateCode;
            var meeting = Build(demo, partnership, organisations, holder is null ? null : organisations.GetValueOrDefault(holder), calendar);
            db.Meetings.Add(meeting);
            foreach (var (item, index) in (demo.Agenda ?? []).Select((item, index) => (item, index)))
            {
                var agendaItem = AgendaItem.Propose(meeting, item.Title, item.Note, item.ProposedBy, new DateTimeOffset(item.ProposedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(index), calendar);
                if (item.Accepted)
                {
                    agendaItem.Accept(meeting, (demo.Agenda ?? []).Take(index).Count(a => a.Accepted) + 1);
                }

                db.AgendaItems.Add(agendaItem);
            }

            foreach (var point in demo.ActionPoints ?? [])
            {
                var actionPoint = ActionPoint.Record(meeting, point.Text, point.Owner is null ? null : organisations[point.Owner].Id, point.Person, point.DueOn);
                if (point.Status != ActionPointStatus.Open)
                {
                    actionPoint.Close(point.Status, point.ClosedOn ?? point.DueOn);
                }

                db.ActionPoints.Add(actionPoint);
            }

            added++;
        }

        return added;
    }

    /// <summary>
    /// Credits the demo agenda items recorded under a demo account's name alone to that account (<paramref name="proposers"/>:
    /// account ids by the names the demo meetings give), so that My work finds them; returns how many it credited.
    /// </summary>
    public static async Task<int> CreditProposersAsync(AppDbContext db, IReadOnlyDictionary<string, Guid> proposers, CancellationToken cancellationToken)
    {
        var names = proposers.Keys.ToList();
        var items = await db.AgendaItems.Where(a => a.ProposedByAccountId == null && names.Contains(a.ProposedBy)).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            item.CreditTo(proposers[item.ProposedBy]);
        }

        return items.Count;
    }

    private static DemoMeeting Shift(DemoMeeting demo, int days) => demo with
    {
        HeldOn = demo.HeldOn.AddDays(days),
        ApprovedOn = demo.ApprovedOn?.AddDays(days),
        Agenda = demo.Agenda?.Select(a => a with { ProposedOn = a.ProposedOn.AddDays(days) }).ToList(),
        ActionPoints = demo.ActionPoints?.Select(a => a with { DueOn = a.DueOn.AddDays(days), ClosedOn = a.ClosedOn?.AddDays(days) }).ToList(),
    };

    private static Meeting Build(DemoMeeting demo, Partnership partnership, Dictionary<string, Organisation> organisations, Organisation? presidency, DayCalendar calendar)
    {
        var meeting = Meeting.Plan(partnership, demo.Kind, demo.Title, demo.HeldOn, demo.Place, demo.IsOnline);
        var chairs = new List<MeetingChair> { new(organisations["COM"].Id, ChairRole.Commission) };
        if (presidency is not null)
        {
            chairs.Add(new(presidency.Id, ChairRole.Presidency));
        }

        if (demo.Kind != MeetingKind.TaskForce && partnership.PartnerCountryId is { } country)
        {
            chairs.Add(new(country, ChairRole.PartnerCountry));
        }

        meeting.SetChairs(chairs);
        meeting.SetParticipants(demo.Participants.Select(key => new MeetingParticipant(organisations[key].Id, null))
            .Concat((demo.People ?? []).Select(person => new MeetingParticipant(null, person))));
        if (demo.Minutes is not null)
        {
            meeting.DraftMinutes(demo.Minutes, demo.Decisions ?? []);
        }

        if (demo.ApprovedOn is { } approvedOn)
        {
            meeting.ApproveMinutes(demo.ApprovedBy ?? "Demo focal point (Commission)", new DateTimeOffset(approvedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), calendar);
        }

        return meeting;
    }
}
