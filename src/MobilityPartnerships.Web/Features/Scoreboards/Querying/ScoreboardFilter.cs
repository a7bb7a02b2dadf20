using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// The initiatives of one partnership (or of a set of them) that match a scoreboard's filters, as a database query. The scoreboard's
/// page and its export both use it, so a sheet holds exactly the rows the user sees, every page of them.
/// </summary>
public static class ScoreboardFilter
{
    /// <summary>
    /// Narrows <paramref name="visible"/> — already limited to what the user may read — to the query's partnership
    /// and filters; archived initiatives stay out unless the query includes them. <paramref name="updates"/> are the
    /// progress updates the rating and "no recent update" filters look at, judged by <paramref name="rules"/>.
    /// </summary>
    public static IQueryable<Initiative> Apply(IQueryable<Initiative> visible, IQueryable<ProgressUpdate> updates, ScoreboardQuery query, ScoreboardRules rules)
    {
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rules);
        var initiatives = query.Partnerships is { } partnerships
            ? visible.Where(i => partnerships.Contains(i.PartnershipId))
            : visible.Where(i => i.PartnershipId == query.PartnershipId);
        if (!query.IncludeArchived)
        {
            initiatives = initiatives.Where(i => !i.IsArchived);
        }

        if (query.InvolvingId is { } involvingId)
        {
            initiatives = initiatives.Where(i => i.LeadOrganisationId == involvingId || i.Partners.Any(p => p.OrganisationId == involvingId));
        }

        // Each filter by one field, as its catalogue entry declares it; the others follow (ScoreboardQuery.NotFieldFilters).
        foreach (var filter in InitiativeFields.Filters)
        {
            initiatives = filter.Narrow(initiatives, query);
        }

        if (query.Rating is { } rating)
        {
            initiatives = rating.ToProgressRating() is { } wanted
                ? initiatives.Where(i => LatestProgress.RatingOf(updates.Where(u => u.InitiativeId == i.Id)) == wanted).WithLatestProgress()
                : initiatives.Where(i => !updates.Any(u => u.InitiativeId == i.Id));
        }

        if (query.NeedsUpdate)
        {
            var recentSince = rules.RecentSince;
            initiatives = initiatives.Where(InitiativeFlags.Open).Where(i => !updates.Any(u => u.InitiativeId == i.Id && u.ReportedOn >= recentSince));
        }

        if (query.Late)
        {
            var endingBy = rules.LateIfEndingBy;
            initiatives = initiatives.Where(InitiativeFlags.Open).Where(i => i.Period.EndMonth != null && i.Period.EndMonth <= endingBy);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            // Case and accents aside ("securite" finds "Sécurité"), every other character as typed, in the texts the
            // database keeps folded beside the initiative (FoldedText.InitiativeFilterText): nothing is folded per row.
            var text = query.Text.Trim();
            initiatives = initiatives.Where(i => EF.Property<string>(i, FoldedText.InitiativeFilterText).Contains(FoldedText.Of(text)));
        }

        return initiatives;
    }
}
