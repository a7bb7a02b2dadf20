using MobilityPartnerships.Domain.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Initiatives.Details;

/// <summary>
/// The one read of whole initiatives: every field with the names behind its ids, its contact points, indicators and
/// funding lines. The details page and the API read one initiative through it; a sheet export reads a whole scoreboard.
/// What an initiative shows is listed here once, so a field added to <see cref="InitiativeDetails"/> reaches the page,
/// the API and the sheets from this one place.
/// </summary>
public static class InitiativeDetailsQuery
{
    /// <summary>The projection of an initiative onto its details, translated to SQL as a whole.</summary>
    /// <param name="db">The context the names and commitments are looked up in.</param>
    /// <param name="sheet">
    /// As a sheet writes it: organisations by their short names where they have one, and funding lines with EU programmes
    /// first, then by programme and contributor (lines have no order of their own). Otherwise as the page shows it: full
    /// names, and lines in the order they were recorded.
    /// </param>
    /// <param name="contactDetails">Whether contact points keep their e-mail and phone (only for users with access to the partnership).</param>
    public static Expression<Func<Initiative, InitiativeDetails>> Projection(AppDbContext db, bool sheet, bool contactDetails)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organisations = db.Organisations;
        var french = PageLanguage.IsFrench;
        Expression<Func<Initiative, StoredValueSet, InitiativeDetails>> details = (i, stored) => new InitiativeDetails(
            i.Id,
            i.PartnershipId,
            db.Partnerships.Where(p => p.Id == i.PartnershipId).Select(p => p.Name).First(),
            i.ReferenceCode,
            i.Title,
            i.Summary,
            i.Pillar,
            i.ThematicAreas.Select(t => db.ThematicAreas.Where(a => a.Id == t.ThematicAreaId).Select(a => ShownNames.Name(a.Name, a.FrenchName, french)).First()).OrderBy(name => NameOrder.Key(name)).ToList(),
            organisations.Where(o => o.Id == i.LeadOrganisationId).Select(o => sheet ? ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, french) : ShownNames.Name(o.Name, o.FrenchName, french)).FirstOrDefault(),
            i.Partners.Where(p => p.Role == PartnerRole.Participating)
                .Select(p => organisations.Where(o => o.Id == p.OrganisationId).Select(o => sheet ? ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, french) : ShownNames.Name(o.Name, o.FrenchName, french)).First()).OrderBy(name => NameOrder.Key(name)).ToList(),
            i.Partners.Where(p => p.Role == PartnerRole.Implementing)
                .Select(p => organisations.Where(o => o.Id == p.OrganisationId).Select(o => sheet ? ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, french) : ShownNames.Name(o.Name, o.FrenchName, french)).First()).OrderBy(name => NameOrder.Key(name)).ToList(),
            organisations.Where(o => o.Id == i.ResponsibleServiceId).Select(o => sheet ? ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, french) : ShownNames.Name(o.Name, o.FrenchName, french)).FirstOrDefault(),
            i.ContactPoints.Select(c => new ContactPointView(c.Name, organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).FirstOrDefault(), c.Function, contactDetails ? c.Email : null, contactDetails ? c.Phone : null)).ToList(),
            i.Indicators.OrderBy(x => NameOrder.Key(x.Name))
                .Select(x => new IndicatorView(
                    x.Id,
                    x.Name,
                    x.Description,
                    x.Unit,
                    x.BaselineValue != null && x.BaselineDate != null ? new IndicatorPoint(x.BaselineValue.Value, x.BaselineDate.Value) : null,
                    x.TargetValue != null && x.TargetDate != null ? new IndicatorPoint(x.TargetValue.Value, x.TargetDate.Value) : null))
                .ToList(),
            new PeriodView(i.Period.StartMonth, i.Period.EndMonth, i.Period.DurationMonths, i.Period.Note),
            i.AnnouncedStartMonth,
            i.AnnouncedEndMonth,
            i.FundingLines
                .Select(f => new
                {
                    f.Id,
                    f.SourceKind,
                    f.Programme,
                    Contributor = organisations.Where(o => o.Id == f.ContributorId).Select(o => sheet ? ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, french) : ShownNames.Name(o.Name, o.FrenchName, french)).FirstOrDefault(),
                    f.TotalBudget,
                    f.EuContribution,
                })
                .OrderBy(f => sheet ? (f.SourceKind == FundingSourceKind.EuProgramme ? 0 : 1) : 0)
                .ThenBy(f => NameOrder.Key(sheet ? f.Programme : null))
                .ThenBy(f => NameOrder.Key(sheet ? f.Contributor : null))
                .ThenBy(f => f.Id)
                .Select(f => new FundingLineView(f.SourceKind, f.Programme, f.Contributor, f.TotalBudget, f.EuContribution))
                .ToList(),
            i.Status,
            i.Novelty,
            i.Location,
            i.IsShareable,
            i.Priority,
            i.CommitmentId,
            db.Commitments.Where(c => c.Id == i.CommitmentId).Select(c => c.Text).FirstOrDefault(),
            i.IsArchived,
            stored);

        // The stored values come from the initiative's columns, read as the catalogue lists them.
        var row = StoredValueSet.FromRow;
        var initiative = details.Parameters[0];
        var body = ReplacingExpressionVisitor.Replace(details.Parameters[1], ReplacingExpressionVisitor.Replace(row.Parameters[0], initiative, row.Body), details.Body);
        return Expression.Lambda<Func<Initiative, InitiativeDetails>>(body, initiative);
    }
}
