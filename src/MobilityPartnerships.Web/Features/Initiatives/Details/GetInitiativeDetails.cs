using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Initiatives.Details;

/// <summary>An initiative as its page shows it, or null when there is none the user may see.</summary>
public sealed class GetInitiativeDetails(IDbContextFactory<AppDbContext> contexts, AccessControl access)
{
    public async Task<InitiativeDetails?> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        var contactDetails = await access.MayAsync(Operation.ViewContactDetails, id, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisations = db.Organisations.AsNoTracking();
        // One statement: its few names, contacts, indicators and funding lines come joined to the initiative's row.
        return await scope.Apply(db.Initiatives.AsNoTracking())
            .AsSingleQuery()
            .Where(i => i.Id == id)
            .Select(i => new InitiativeDetails(
                i.Id,
                i.PartnershipId,
                db.Partnerships.Where(p => p.Id == i.PartnershipId).Select(p => p.Name).First(),
                i.ReferenceCode,
                i.Title,
                i.Summary,
                i.Pillar,
                db.ThematicAreas.Where(a => i.ThematicAreas.Any(t => t.ThematicAreaId == a.Id)).OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                organisations.Where(o => o.Id == i.LeadOrganisationId).Select(o => o.Name).FirstOrDefault(),
                organisations.Where(o => i.Partners.Any(p => p.OrganisationId == o.Id && p.Role == PartnerRole.Participating)).OrderBy(o => o.Name).Select(o => o.Name).ToList(),
                organisations.Where(o => i.Partners.Any(p => p.OrganisationId == o.Id && p.Role == PartnerRole.Implementing)).OrderBy(o => o.Name).Select(o => o.Name).ToList(),
                organisations.Where(o => o.Id == i.ResponsibleServiceId).Select(o => o.Name).FirstOrDefault(),
                i.ContactPoints.Select(c => new ContactPointView(c.Name, organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).FirstOrDefault(), c.Function, contactDetails ? c.Email : null, contactDetails ? c.Phone : null)).ToList(),
                i.Indicators.OrderBy(x => x.Name).Select(x => new IndicatorView(x.Id, x.Name, x.Description, x.Unit)).ToList(),
                new PeriodView(i.Period.StartMonth, i.Period.EndMonth, i.Period.DurationMonths, i.Period.Note),
                i.AnnouncedStartMonth,
                i.AnnouncedEndMonth,
                i.FundingLines.OrderBy(f => f.Id).Select(f => new FundingLineView(f.SourceKind, f.Programme, organisations.Where(o => o.Id == f.ContributorId).Select(o => o.Name).FirstOrDefault(), f.TotalBudget, f.EuContribution)).ToList(),
                i.Status,
                i.Novelty,
                i.Location,
                i.IsShareable,
                i.Priority,
                i.CommitmentId,
                db.Commitments.Where(c => c.Id == i.CommitmentId).Select(c => c.Text).FirstOrDefault(),
                i.IsArchived,
                StoredValueSet.Of(i)))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
