using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Progress;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Mail.Reminders;

/// <summary>An initiative of the person's that needs an update, by the scoreboard's rule.</summary>
public sealed record PersonsInitiative(Guid Id, string Title, Guid PartnershipId, string PartnershipName, DateOnly? LastUpdateOn);

/// <summary>A coming meeting the person attends.</summary>
public sealed record PersonsMeeting(Guid Id, string Title, DateOnly HeldOn, Guid PartnershipId, string PartnershipName);

/// <summary>What needs the person, within what they may see.</summary>
public sealed record PersonsItems(IReadOnlyList<PersonsInitiative> NeedUpdate, IReadOnlyList<PersonsMeeting> Meetings)
{
    public static PersonsItems None { get; } = new([], []);

    public bool IsEmpty => NeedUpdate.Count == 0 && Meetings.Count == 0;
}

/// <summary>
/// "A person's items": for the user <see cref="AccessControl"/> acts for (the signed-in user, or the recipient of a
/// message), the open, unarchived initiatives of theirs that need an update (<see cref="InitiativeFlags.NeedsUpdate"/>
/// with <c>Progress:StaleAfterDays</c>) and the meetings they attend up to a day, in partnerships that are not
/// archived. "Theirs" is what <see cref="AccessPolicy"/> lets them post progress on, among the initiatives their
/// organisation leads or takes part in and those of partnerships given to them; every row is within their
/// <see cref="ReadScope"/>, so nothing they may not see is listed. Two statements, whatever the number of partnerships.
/// </summary>
public sealed class GetPersonsItems(IDbContextFactory<AppDbContext> contexts, AccessControl access, TimeProvider clock, IOptions<ProgressOptions> progress)
{
    /// <param name="meetingsUntil">The last day of meetings to list (from today).</param>
    /// <param name="leaveOut">Partnerships the person asked to hear nothing about.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<PersonsItems> ExecuteAsync(DateOnly meetingsUntil, IReadOnlySet<Guid> leaveOut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leaveOut);
        if (await access.ActorAsync(cancellationToken) is not { } actor)
        {
            return PersonsItems.None;
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        var rules = ScoreboardRules.Now(clock, progress);
        var recentSince = rules.RecentSince;
        var organisation = actor.OrganisationId;
        var given = actor.Partnerships;
        var skipped = leaveOut;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var candidates = await scope.Apply(db.Initiatives.AsNoTracking())
            .Where(i => !i.IsArchived && !skipped.Contains(i.PartnershipId))
            .Where(InitiativeFlags.Open)
            .Where(i => !db.ProgressUpdates.Any(u => u.InitiativeId == i.Id && u.ReportedOn >= recentSince))
            .Where(i => (organisation != null && (i.LeadOrganisationId == organisation || i.Partners.Any(p => p.OrganisationId == organisation))) || given.Contains(i.PartnershipId))
            .Join(db.Partnerships.Where(p => !p.IsArchived), i => i.PartnershipId, p => p.Id, (i, p) => new
            {
                i.Id,
                i.Title,
                i.PartnershipId,
                PartnershipName = p.Name,
                p.PartnerCountryId,
                Participants = p.Participants.Where(x => x.LeftOn == null).Select(x => x.OrganisationId).ToList(),
                i.LeadOrganisationId,
                Partners = i.Partners.Select(x => x.OrganisationId).ToList(),
                i.IsShareable,
                LastUpdateOn = db.ProgressUpdates.Where(u => u.InitiativeId == i.Id).Max(u => (DateOnly?)u.ReportedOn),
            })
            .OrderBy(r => r.PartnershipName).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        var initiatives = candidates
            .Where(r =>
            {
                var partnership = new PartnershipScope(r.PartnershipId, r.PartnerCountryId, r.Participants.ToHashSet());
                var involved = r.Partners.ToHashSet();
                if (r.LeadOrganisationId is { } lead)
                {
                    involved.Add(lead);
                }

                return AccessPolicy.Allows(actor, Operation.PostProgress, new InitiativeScope(partnership, r.Id, involved, r.IsShareable));
            })
            .Select(r => new PersonsInitiative(r.Id, r.Title, r.PartnershipId, r.PartnershipName, r.LastUpdateOn))
            .ToList();

        var today = rules.Today;
        var meetings = await scope.Apply(db.Meetings.AsNoTracking())
            .Where(m => m.CancelledAt == null && m.HeldOn >= today && m.HeldOn <= meetingsUntil && !skipped.Contains(m.PartnershipId))
            .Where(m => (organisation != null && m.Participants.Any(p => p.OrganisationId == organisation)) || given.Contains(m.PartnershipId))
            .Join(db.Partnerships.Where(p => !p.IsArchived), m => m.PartnershipId, p => p.Id, (m, p) => new { m.Id, m.Title, m.HeldOn, PartnershipId = p.Id, PartnershipName = p.Name })
            .OrderBy(m => m.HeldOn).ThenBy(m => m.Title).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return new PersonsItems(initiatives, [.. meetings.Select(m => new PersonsMeeting(m.Id, m.Title, m.HeldOn, m.PartnershipId, m.PartnershipName))]);
    }
}
