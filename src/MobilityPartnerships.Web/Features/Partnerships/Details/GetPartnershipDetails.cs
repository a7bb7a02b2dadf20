using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Partnerships.Details;

/// <summary>A partnership's header: its signatories and participants in order of joining, priorities and monitoring bodies.</summary>
public sealed class GetPartnershipDetails(IDbContextFactory<AppDbContext> contexts, AccessControl access, PresidencyCalendar presidency)
{
    /// <summary>The partnership, or null when there is none the user may see.</summary>
    public async Task<PartnershipDetails?> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var openData = OpenData.Iati.ExportIatiActivities.Activities(scope.Apply(db.Initiatives.AsNoTracking()), id);
        var partnership = await scope.Apply(db.Partnerships.AsNoTracking())
            // One statement: the few monitoring bodies, status changes and participants come joined to the partnership's
            // row, and whether its open-data file would hold an activity (the page offers the download then).
            .Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id,
                p.Name,
                Country = db.Organisations.Where(o => o.Id == p.PartnerCountryId).Select(o => ShownNames.Name(o.Name, o.FrenchName, PageLanguage.IsFrench)).FirstOrDefault(),
                p.Kind,
                p.Status,
                p.SignedOn,
                p.SignedOnPrecision,
                p.ExploratoryTalksDeadline,
                p.Source,
                p.Version,
                p.IsArchived,
                HasOpenData = openData.Any(),
                Priorities = EF.Property<List<string>>(p, "priorities"),
                MonitoringBodies = p.MonitoringBodies.Select(b => new MonitoringBodyView(b.Kind, b.Name, b.MeetingFrequency)).ToList(),
                StatusChanges = p.StatusChanges.OrderBy(c => EF.Property<int>(c, "id")).Select(c => new StatusChangeView(c.Status, c.On, c.Precision, c.Source)).ToList(),
                Participants = db.Participants
                    .Where(x => x.PartnershipId == p.Id)
                    .Join(db.Organisations, x => x.OrganisationId, o => o.Id, (x, o) => new { x, o })
                    .OrderBy(j => j.x.Basis == ParticipationBasis.NonSignatory)
                    .ThenBy(j => j.x.JoinedOn == null)
                    .ThenBy(j => j.x.JoinedOn)
                    .ThenBy(j => NameOrder.Key(ShownNames.Name(j.o.Name, j.o.FrenchName, PageLanguage.IsFrench)))
                    .Select(j => new { j.x.OrganisationId, j.x.Basis, j.x.JoinedOn, j.x.JoinedOnPrecision, j.x.LeftOn, j.x.Source, Name = ShownNames.Name(j.o.Name, j.o.FrenchName, PageLanguage.IsFrench), j.o.Kind, j.o.SignsThroughPresidency })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (partnership is null)
        {
            return null;
        }

        var participants = partnership.Participants;

        var presidencies = new Dictionary<DateOnly, string?>();
        foreach (var on in participants.Where(p => p.SignsThroughPresidency && p.JoinedOn is not null).Select(p => p.JoinedOn!.Value).Distinct())
        {
            presidencies[on] = await presidency.HolderNameOnAsync(on);
        }

        return new PartnershipDetails(
            partnership.Id,
            partnership.Name,
            partnership.Country,
            partnership.Kind,
            partnership.Status,
            partnership.SignedOn,
            partnership.SignedOnPrecision,
            partnership.ExploratoryTalksDeadline,
            partnership.Source,
            partnership.Priorities,
            partnership.MonitoringBodies,
            partnership.StatusChanges,
            [.. participants.Select(p => new ParticipantView(
                p.OrganisationId,
                p.Name,
                p.Kind,
                p.Basis,
                p.JoinedOn,
                p.JoinedOnPrecision,
                p.LeftOn,
                p.SignsThroughPresidency && p.JoinedOn is { } on ? presidencies[on] : null,
                p.Source))],
            partnership.Version,
            partnership.IsArchived)
        {
            HasOpenData = partnership.HasOpenData,
        };
    }
}
