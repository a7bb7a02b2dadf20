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
/// A partnership of <see cref="InitiativeCount"/> initiatives, each led by one of five signatories and funded by two
/// lines, two in three with a progress update (some delayed), one in ten late; a version of its scoreboard published,
/// then <see cref="ChangedCount"/> statuses changed and <see cref="AddedCount"/> initiatives added; an earlier meeting
/// with <see cref="ActionPointCount"/> action points and the coming one with <see cref="AgendaItemCount"/> accepted
/// agenda items. For <see cref="BriefingPackBenchmark"/>.
/// </summary>
public sealed class BriefingPackBenchmarkFixture : DatabaseFixture
{
    public const int InitiativeCount = 500;
    public const int ChangedCount = 45;
    public const int AddedCount = 5;
    public const int ActionPointCount = 20;
    public const int AgendaItemCount = 10;

    public Guid PartnershipId { get; private set; }

    public Guid MeetingId { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var ct = CancellationToken.None;
        var today = ProductDays.Today;
        var name = $"Partenariat pour la mobilité – benchmark {Guid.NewGuid().ToString("N")[..6]}";
        await using (var db = await CreateContextAsync())
        {
            var states = await db.Organisations
                .Where(o => o.Kind == OrganisationKind.MemberState && (o.CountryCode == "DE" || o.CountryCode == "FR" || o.CountryCode == "SE"))
                .OrderBy(o => o.CountryCode)
                .ToListAsync(ct);
            var country = Organisation.Create("Republic of Benchland", "Benchland", OrganisationKind.ThirdCountry, "MD");
            var commission = Organisation.Create("European Commission (benchmark)", "Commission", OrganisationKind.EuInstitution);
            db.Organisations.AddRange(country, commission);
            var partnership = Partnership.Open(name, PartnershipKind.MobilityPartnership, country, PartnershipStatus.Negotiation);
            partnership.RecordSignature(new DateOnly(2010, 1, 15));
            partnership.RecordOriginalSignatory(commission);
            partnership.RecordOriginalSignatory(country);
            foreach (var state in states)
            {
                partnership.RecordOriginalSignatory(state);
            }

            db.Partnerships.Add(partnership);
            var leads = states.Append(commission).Append(country).ToList();
            var author = new ProgressAuthor("Focal point", null, IsFocalPoint: true);
            for (var n = 1; n <= InitiativeCount; n++)
            {
                var changes = n % 10 == 0 && n / 10 <= ChangedCount;
                var title = $"Initiative {n:000}: coopération sur la mobilité des travailleurs saisonniers, volet {n % 7} (Sécurité sociale, formation, retour)";
                var initiative = Initiative.Propose(partnership, title, (Pillar)(n % 4), changes ? InitiativeStatus.Planned : InitiativeStatus.Ongoing);
                initiative.Describe(title, "Generated for the benchmark.", $"BP-{n:000}");
                initiative.AssignLead(partnership, leads[n % leads.Count].Id);
                var late = n % 10 == 3;
                initiative.Schedule(late
                    ? ImplementationPeriod.Create(today.AddYears(-3), today.AddMonths(-2), null)
                    : ImplementationPeriod.Create(today.AddMonths(-6), today.AddYears(2), null), []);
                initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AMIF", commission.Id, 100_000m + (n * 1_000m), 80_000m + (n * 800m)));
                initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "NDICI", leads[n % leads.Count].Id, 50_000m + (n * 500m), 40_000m));
                db.Initiatives.Add(initiative);
                if (n % 3 != 0)
                {
                    var rating = n % 5 == 0 ? ProgressRating.Delayed : ProgressRating.OnTrack;
                    db.ProgressUpdates.Add(ProgressUpdate.Post(initiative, author, today.AddDays(-(n % 200)), rating, $"Update on initiative {n}: works go on € {n}.", today, DateTimeOffset.UtcNow));
                }
            }

            var earlier = Meeting.Plan(partnership, MeetingKind.TaskForce, "Task force, spring", today.AddDays(-120), "Brussels", isOnline: false);
            var coming = Meeting.Plan(partnership, MeetingKind.CooperationPlatform, "Cooperation platform, autumn", today.AddDays(14), "Chișinău", isOnline: true);
            coming.SetChairs([new MeetingChair(commission.Id, ChairRole.Commission), new MeetingChair(states[0].Id, ChairRole.Presidency)]);
            db.Meetings.AddRange(earlier, coming);
            for (var n = 1; n <= ActionPointCount; n++)
            {
                db.ActionPoints.Add(ActionPoint.Record(earlier, $"Action point {n}: send the Member States the draft note on the labour migration roadmap, part {n}", leads[n % leads.Count].Id, "Anna Schmidt", today.AddDays((n * 5) - 50)));
            }

            var proposedAt = DateTimeOffset.UtcNow.AddDays(-2);
            for (var n = 1; n <= AgendaItemCount; n++)
            {
                var item = AgendaItem.Propose(coming, $"Agenda item {n}: state of play of the partnership's pillar {n % 4}", n % 2 == 0 ? "Short presentation by the Presidency" : null, "Focal point", proposedAt, ProductDays.Brussels);
                item.Accept(coming, n);
                db.AgendaItems.Add(item);
            }

            await db.SaveChangesAsync(ct);
            (PartnershipId, MeetingId) = (partnership.Id, coming.Id);
        }

        await using (var db = await CreateContextAsync())
        {
            var rows = await ScoreboardSnapshot.TakeAsync(db, PartnershipId, ct);
            db.PublishedScoreboards.Add(PublishedScoreboard.Publish(PartnershipId, name, 1, DateTimeOffset.UtcNow.AddDays(-30), "Focal point", null, null, rows));
            await db.SaveChangesAsync(ct);
        }

        await using (var db = await CreateContextAsync())
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == PartnershipId, ct);
            var changing = await db.Initiatives.Where(i => i.PartnershipId == PartnershipId && i.Status == InitiativeStatus.Planned).ToListAsync(ct);
            foreach (var initiative in changing)
            {
                initiative.ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
            }

            for (var n = 1; n <= AddedCount; n++)
            {
                var added = Initiative.Propose(partnership, $"Added initiative {n}: circular migration pilot in Chișinău", Pillar.LegalMigration, InitiativeStatus.Planned);
                added.Describe(added.Title, null, $"BP-A{n}");
                db.Initiatives.Add(added);
            }

            await db.SaveChangesAsync(ct);
        }
    }
}
