using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Features.History.Reading;

namespace MobilityPartnerships.IntegrationTests.History;

/// <summary>
/// A meeting's history reads in the product's words, in English and in French: its action points and agenda items by
/// their text and title, each changed field by its label, their values in words, and never an id or a code name.
/// </summary>
public sealed partial class MeetingHistoryWordingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_action_points_changes_read_by_its_text_with_each_field_labelled_in_english_and_french()
    {
        var (scene, meetingId) = await PlanAsync();
        Guid pointId;
        await using (var db = await fixture.CreateContextAsync())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, Token);
            var point = ActionPoint.Record(meeting, "Send the draft agreement", scene.CommissionId, null, new DateOnly(2026, 6, 20));
            db.ActionPoints.Add(point);
            await db.SaveChangesAsync(Token);
            pointId = point.Id;
        }

        await using (var db = await fixture.CreateContextAsync())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, Token);
            var point = await db.ActionPoints.SingleAsync(p => p.Id == pointId, Token);
            point.Revise(meeting, "Send the draft agreement", scene.CommissionId, "Desk officer", new DateOnly(2026, 6, 30));
            point.Close(ActionPointStatus.Done, new DateOnly(2026, 6, 25));
            await db.SaveChangesAsync(Token);
        }

        var english = await LinesAsync(meetingId);
        var french = await InFrenchAsync(() => LinesAsync(meetingId));

        Assert.Equal(
            [
                "Action point Send the draft agreement: owner (person) none → Desk officer",
                "Action point Send the draft agreement: due date 20 June 2026 → 30 June 2026",
                "Action point Send the draft agreement: status Open → Done",
                "Action point Send the draft agreement: closed on none → 25 June 2026",
            ],
            english[0]);
        Assert.Equal(
            [
                "Action de suivi Send the draft agreement : responsable (personne) néant → Desk officer",
                "Action de suivi Send the draft agreement : échéance 20 juin 2026 → 30 juin 2026",
                "Action de suivi Send the draft agreement : statut En cours → Réalisée",
                "Action de suivi Send the draft agreement : date de clôture néant → 25 juin 2026",
            ],
            french[0]);
        var added = Assert.Single(english[1]);
        Assert.StartsWith("Action point added: text Send the draft agreement, owner (organisation) Commission ", added, StringComparison.Ordinal);
        Assert.EndsWith(", due date 20 June 2026, status Open", added, StringComparison.Ordinal);
        Assert.StartsWith("Action de suivi (ajout) : texte Send the draft agreement, responsable (organisation) Commission ", Assert.Single(french[1]), StringComparison.Ordinal);
        AssertNoCodes([.. english.SelectMany(l => l), .. french.SelectMany(l => l)]);
    }

    [Fact]
    public async Task An_agenda_items_changes_read_by_its_title_with_each_field_labelled_in_english_and_french()
    {
        var (_, meetingId) = await PlanAsync();
        Guid itemId;
        await using (var db = await fixture.CreateContextAsync())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, Token);
            var item = AgendaItem.Propose(meeting, "Review of the pilot", "Ten minutes", "Ana Focal", new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero), new DayCalendar(TimeZoneInfo.Utc));
            db.AgendaItems.Add(item);
            await db.SaveChangesAsync(Token);
            itemId = item.Id;
        }

        await using (var db = await fixture.CreateContextAsync())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, Token);
            (await db.AgendaItems.SingleAsync(i => i.Id == itemId, Token)).Accept(meeting, 1);
            await db.SaveChangesAsync(Token);
        }

        var english = await LinesAsync(meetingId);
        var french = await InFrenchAsync(() => LinesAsync(meetingId));

        Assert.Equal(["Agenda item Review of the pilot: status Proposed → Accepted", "Agenda item Review of the pilot: position none → 1"], english[0]);
        Assert.Equal(["Point de l'ordre du jour Review of the pilot : statut Proposé → Retenu", "Point de l'ordre du jour Review of the pilot : rang néant → 1"], french[0]);
        // The note is the proposer's, not an implementation period's timing note; the moment it was proposed is the entry's own.
        Assert.Equal("Agenda item added: title Review of the pilot, note Ten minutes, proposed by Ana Focal, status Proposed", Assert.Single(english[1]));
        Assert.Equal("Point de l'ordre du jour (ajout) : intitulé Review of the pilot, remarque Ten minutes, proposé par Ana Focal, statut Proposé", Assert.Single(french[1]));
        AssertNoCodes([.. english.SelectMany(l => l), .. french.SelectMany(l => l)]);
    }

    private static void AssertNoCodes(IReadOnlyList<string> lines)
    {
        Assert.DoesNotContain(lines, l => Guid().IsMatch(l));
        Assert.DoesNotContain(lines, l => l.Contains("since removed", StringComparison.Ordinal) || l.Contains("supprimé", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => CodeName().IsMatch(l));
    }

    private async Task<(Scene Scene, Guid MeetingId)> PlanAsync()
    {
        var scene = await Scene.StoreAsync(fixture);
        await using var db = await fixture.CreateContextAsync();
        var partnership = await db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == scene.PartnershipId, Token);
        var meeting = Meeting.Plan(partnership, MeetingKind.CooperationPlatform, "Cooperation platform", new DateOnly(2026, 6, 10), "Brussels", false);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(Token);
        return (scene, meeting.Id);
    }

    /// <summary>The meeting's timeline, newest change first, each change's lines with French spaces read as plain ones.</summary>
    private async Task<List<IReadOnlyList<string>>> LinesAsync(Guid meetingId)
    {
        var page = await fixture.Get<GetHistory>().ExecuteAsync(nameof(Meeting), meetingId, Token);
        return [.. page.Events.Where(e => !e.Lines.Any(l => l.Contains("Cooperation platform", StringComparison.Ordinal)))
            .Select(e => (IReadOnlyList<string>)[.. e.Lines.Select(l => l.Replace('\u00A0', ' ').Replace('\u202F', ' '))])];
    }

    private static async Task<T> InFrenchAsync<T>(Func<Task<T>> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        try
        {
            return await work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-")]
    private static partial System.Text.RegularExpressions.Regex Guid();

    // A field's code name made readable ("Owner person", "Due on", "Proposed by account id") or left as it is ("DueOn").
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Due on|due on|Owner person|owner person|account id|[A-Z][a-z]+[A-Z][a-z]+)")]
    private static partial System.Text.RegularExpressions.Regex CodeName();
}
