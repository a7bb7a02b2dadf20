using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;

namespace MobilityPartnerships.IntegrationTests.BriefingPacks;

/// <summary>
/// A partnership signed by the Commission, Germany and the partner country, with France acceding later; a version
/// of its scoreboard published, then one initiative's status changed and one initiative added; one initiative late,
/// <see cref="FillerCount"/> without any progress update (enough rows for the table to run over several pages);
/// an earlier meeting whose action point is overdue, and the coming meeting with two accepted agenda items, one
/// declined. A second partnership has a meeting and nothing published.
/// </summary>
public sealed class BriefingPackFixture : DatabaseFixture
{
    public const int FillerCount = 90;
    public const string LateTitle = "Sécurité des frontières: late border pilot";
    public const string ChangedTitle = "Diaspora € investment fund";
    public const string AddedTitle = "Circular migration pilot in Chișinău";
    public const string ActionPointText = "Send the draft labour migration roadmap to the Member States";
    public const string FirstAgendaItem = "Review of the scoreboard";
    public const string SecondAgendaItem = "Visa facilitation: state of play";
    public const string DeclinedAgendaItem = "Declined item on catering";

    public static DateOnly Today => ProductDays.Today;

    public string PartnershipName { get; } = $"Partenariat pour la mobilité – Sécurité {Guid.NewGuid().ToString("N")[..6]}";

    public Guid PartnershipId { get; private set; }

    public Guid PartnerCountryId { get; private set; }

    public Guid CommissionId { get; private set; }

    public Guid MeetingId { get; private set; }

    public DateOnly MeetingDay { get; } = Today.AddDays(10);

    public Guid UnpublishedMeetingId { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var ct = CancellationToken.None;
        var today = Today;
        await using (var db = await CreateContextAsync())
        {
            var germany = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.MemberState && o.CountryCode == "DE", ct);
            var france = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.MemberState && o.CountryCode == "FR", ct);
            var country = Organisation.Create("Republic of Packland", "Packland", OrganisationKind.ThirdCountry, "MD");
            var commission = Organisation.Create("European Commission (packs)", "Commission", OrganisationKind.EuInstitution);
            db.Organisations.AddRange(country, commission);

            var partnership = Partnership.Open(PartnershipName, PartnershipKind.MobilityPartnership, country, PartnershipStatus.Negotiation);
            partnership.RecordSignature(new DateOnly(2010, 1, 1), precision: DatePrecision.Month);
            partnership.RecordOriginalSignatory(commission);
            partnership.RecordOriginalSignatory(germany);
            partnership.RecordOriginalSignatory(country);
            partnership.RecordAccession(france, new DateOnly(2012, 5, 3));
            db.Partnerships.Add(partnership);

            var focal = new ProgressAuthor("Focal point", null, IsFocalPoint: true);
            var late = Initiative.Propose(partnership, LateTitle, Pillar.IllegalMigration, InitiativeStatus.Ongoing);
            late.Describe(LateTitle, null, "PK-001");
            late.AssignLead(partnership, commission.Id);
            late.Schedule(ImplementationPeriod.Create(new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 1), null), []);
            var changed = Initiative.Propose(partnership, ChangedTitle, Pillar.MigrationAndDevelopment, InitiativeStatus.Planned);
            changed.Describe(ChangedTitle, null, "PK-002");
            changed.Schedule(ImplementationPeriod.Create(today.AddMonths(-2), today.AddYears(2), null), []);
            changed.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AMIF", commission.Id, 1_500_000m, 1_200_000m));
            db.Initiatives.AddRange(late, changed);
            db.ProgressUpdates.Add(ProgressUpdate.Post(late, focal, today.AddDays(-5), ProgressRating.Delayed, "Works resumed.", today, DateTimeOffset.UtcNow));
            db.ProgressUpdates.Add(ProgressUpdate.Post(changed, focal, today.AddDays(-3), ProgressRating.OnTrack, "Fund launched.", today, DateTimeOffset.UtcNow));
            for (var n = 1; n <= FillerCount; n++)
            {
                var filler = Initiative.Propose(partnership, $"Filler initiative {n:000}", (Pillar)(n % 4), InitiativeStatus.Ongoing);
                filler.Describe(filler.Title, null, $"PK-F{n:000}");
                filler.Schedule(ImplementationPeriod.Create(today.AddMonths(-6), today.AddYears(1), null), []);
                db.Initiatives.Add(filler);
            }

            var earlier = Meeting.Plan(partnership, MeetingKind.TaskForce, "Task force, spring", today.AddDays(-200), "Brussels", isOnline: false);
            var coming = Meeting.Plan(partnership, MeetingKind.CooperationPlatform, "Cooperation platform, autumn", MeetingDay, "Chișinău", isOnline: true);
            coming.SetChairs([new MeetingChair(commission.Id, ChairRole.Commission), new MeetingChair(germany.Id, ChairRole.Presidency)]);
            db.Meetings.AddRange(earlier, coming);
            db.ActionPoints.Add(ActionPoint.Record(earlier, ActionPointText, germany.Id, "Anna Schmidt", today.AddDays(-30)));
            var proposedAt = DateTimeOffset.UtcNow.AddDays(-1);
            var first = AgendaItem.Propose(coming, FirstAgendaItem, null, "Focal point", proposedAt, ProductDays.Brussels);
            var second = AgendaItem.Propose(coming, SecondAgendaItem, "Short update by the Presidency", "Germany", proposedAt, ProductDays.Brussels);
            var declined = AgendaItem.Propose(coming, DeclinedAgendaItem, null, "Someone", proposedAt, ProductDays.Brussels);
            second.Accept(coming, 1);
            first.Accept(coming, 2);
            declined.Decline(coming);
            db.AgendaItems.AddRange(first, second, declined);

            var other = Partnership.Open($"Unpublished partnership {Guid.NewGuid().ToString("N")[..6]}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
            other.RecordSignature(new DateOnly(2015, 1, 1));
            other.RecordOriginalSignatory(commission);
            db.Partnerships.Add(other);
            var otherMeeting = Meeting.Plan(other, MeetingKind.HighLevel, "High-level meeting", MeetingDay, null, isOnline: true);
            db.Meetings.Add(otherMeeting);
            await db.SaveChangesAsync(ct);
            (PartnershipId, PartnerCountryId, CommissionId, MeetingId, UnpublishedMeetingId) = (partnership.Id, country.Id, commission.Id, coming.Id, otherMeeting.Id);
        }

        // Version 1 as the scoreboard stands now; then a status changes and an initiative is added.
        await using (var db = await CreateContextAsync())
        {
            var rows = await ScoreboardSnapshot.TakeAsync(db, PartnershipId, ct);
            db.PublishedScoreboards.Add(PublishedScoreboard.Publish(PartnershipId, PartnershipName, 1, DateTimeOffset.UtcNow.AddDays(-20), "Focal point", null, null, rows));
            await db.SaveChangesAsync(ct);
        }

        await using (var db = await CreateContextAsync())
        {
            var changed = await db.Initiatives.SingleAsync(i => i.PartnershipId == PartnershipId && i.Title == ChangedTitle, ct);
            changed.ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == PartnershipId, ct);
            var added = Initiative.Propose(partnership, AddedTitle, Pillar.LegalMigration, InitiativeStatus.Planned);
            added.Describe(AddedTitle, null, "PK-003");
            db.Initiatives.Add(added);
            await db.SaveChangesAsync(ct);
        }
    }
}
