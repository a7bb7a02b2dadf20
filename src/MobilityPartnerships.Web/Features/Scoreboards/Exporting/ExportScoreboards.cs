using System.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Gathers what an export writes: for each partnership asked for, every initiative matching the scoreboard's filters
/// that the user may read — records not to be shared stay out for those who may not see them — in the scoreboard's
/// order, with their names, partners and funding lines. All of it is read in one snapshot of the database.
/// </summary>
public sealed class ExportScoreboards(LaggingReads contexts, IValidator<ScoreboardQuery> validator, AccessControl access, ProductCalendar calendar, IOptions<Progress.ProgressOptions> progress, IOptions<DatabaseOptions> limits, ILogger<ExportScoreboards> logger)
{
    /// <summary>The export, or null when a partnership asked for does not exist or the user may not see it.</summary>
    public async Task<ScoreboardExport?> LoadAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PartnershipIds.Count is 0 or > ExportRequest.MaxPartnerships)
        {
            throw new ArgumentException($"An export names 1 to {ExportRequest.MaxPartnerships} partnerships.", nameof(request));
        }

        foreach (var id in request.PartnershipIds)
        {
            await validator.ValidateAndThrowAsync(request.Query with { PartnershipId = id }, cancellationToken);
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        if (!request.PartnershipIds.All(scope.Partnerships.Contains))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AllowLongWork(limits.Value);

        // One snapshot for every query, retried as a whole if the connection drops.
        var exported = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var partnerships = await LoadPartnershipsAsync(db, scope, request.PartnershipIds, cancellationToken);
            if (partnerships is null)
            {
                return null;
            }

            for (var i = 0; i < partnerships.Count; i++)
            {
                var rows = await LoadInitiativesAsync(db, scope, ScoreboardRules.Now(calendar, progress), request.Query with { PartnershipId = partnerships[i].Id }, cancellationToken);
                partnerships[i] = partnerships[i] with { Initiatives = rows };
            }

            await snapshot.CommitAsync(cancellationToken);
            return partnerships;
        });
        if (exported is null)
        {
            return null;
        }

        var export = new ScoreboardExport(exported, request.Columns, request.Query.GroupByPillar);
        logger.Exported(export.RowCount, exported.Count, scope.Actor?.UserId);
        return export;
    }

    /// <summary>The partnerships in the order asked, each with its sheet's name and no rows yet; null when one is not visible.</summary>
    private static async Task<List<ExportedPartnership>?> LoadPartnershipsAsync(AppDbContext db, ReadScope scope, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var wantedIds = ids.Distinct().ToList();
        var partnerships = await scope.Apply(db.Partnerships.AsNoTracking())
            .Where(p => wantedIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Kind,
                Country = db.Organisations.Where(o => o.Id == p.PartnerCountryId).Select(o => ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench)).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        if (partnerships.Count != wantedIds.Count)
        {
            return null;
        }

        // A mobility partnership is known by its partner country ("Moldova"); other kinds, or two of one country, by their names.
        var wanted = wantedIds.Select(id => partnerships[id]).Select(p => p.Kind == PartnershipKind.MobilityPartnership && p.Country is not null ? p.Country : p.Name).ToList();
        wanted = [.. wanted.Select((name, i) => wanted.Count(w => string.Equals(w, name, StringComparison.OrdinalIgnoreCase)) > 1 ? partnerships[wantedIds[i]].Name : name)];
        var sheetNames = SheetNames.Unique(wanted, SheetNames.FundingLines);
        return [.. wantedIds.Select((id, i) => new ExportedPartnership(id, partnerships[id].Name, sheetNames[i], []))];
    }

    private static async Task<IReadOnlyList<InitiativeDetails>> LoadInitiativesAsync(AppDbContext db, ReadScope scope, ScoreboardRules rules, ScoreboardQuery query, CancellationToken cancellationToken)
    {
        // The page's filter and order, without paging: the scoreboard as the user sees it, every page of it.
        var matching = ScoreboardFilter.Apply(scope.Apply(db.Initiatives.AsNoTracking()), db.ProgressUpdates.AsNoTracking(), query, rules);
        var order = await QueryScoreboard.Ordered(db, matching, query).Select(r => r.Id).ToListAsync(cancellationToken);

        // The details page's read of whole initiatives, as a sheet writes them, one query for each collection it holds.
        var initiatives = await matching.AsSplitQuery()
            .Select(InitiativeDetailsQuery.Projection(db, sheet: true, contactDetails: false))
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        return [.. order.Select(id => initiatives[id])];
    }
}
