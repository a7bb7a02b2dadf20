using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>
/// A partnership's initiatives as IATI activities (standard 2.03) for the open-aid ecosystem. Only what the user may
/// read, and of that only initiatives that may be shared beyond the partnership and are not archived: a record given
/// on condition that it is not disseminated never leaves, whoever asks.
/// <para>
/// One activity per initiative. Identifier: see <see cref="IatiIdentifiers.For"/>; a code that gives an identifier
/// already in the file gives way to the initiative's id. Reporting organisation: <see cref="IatiOptions"/>, marked a
/// secondary reporter where no EU programme funds the initiative. Title: the title; description (general, type 1):
/// the summary, or the title where there is none. Participating organisations: <see cref="IatiParticipants"/>. Status:
/// <see cref="IatiCodes.StatusOf"/>. Dates: the implementation period as planned (the scoreboard records no actual
/// dates), type 1 the first day of the start month and type 3 the last day of the end month. Recipient country: the
/// partner country's ISO code (100 %); none where the partnership has no partner country. Location: the location's
/// text as a named place. Sectors: the pillar's DAC code (<see cref="IatiCodes.DacSectorOf"/>, 100 %) and the pillar
/// itself in the reporting organisation's own vocabulary (99, 100 %); thematic areas become tags of that vocabulary.
/// Budgets: <see cref="IatiBudgets"/>, in euro, the activity's default currency.
/// </para>
/// <para>
/// IATI cannot take an activity without a start date or without a participating organisation, so such initiatives are
/// left out and only counted. A partnership the user may not see gives null.
/// </para>
/// </summary>
public sealed class ExportIatiActivities(IDbContextFactory<AppDbContext> contexts, AccessControl access, IOptions<IatiOptions> options, IOptions<DatabaseOptions> limits)
{
    public async Task<IatiActivities?> ExecuteAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AllowLongWork(limits.Value);
        var partnership = await scope.Apply(db.Partnerships.AsNoTracking())
            .Where(p => p.Id == partnershipId)
            .Select(p => new
            {
                p.Name,
                Country = db.Organisations.Where(o => o.Id == p.PartnerCountryId).Select(o => new { o.CountryCode, o.Name }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (partnership is null)
        {
            return null;
        }

        var initiatives = await LoadAsync(db, scope, partnershipId, cancellationToken);
        var organisationIds = initiatives
            .SelectMany(i => new[] { i.LeadId, i.ResponsibleServiceId }.Concat(i.Partners.Select(p => (Guid?)p.OrganisationId)).Concat(i.FundingLines.Select(f => f.ContributorId)))
            .OfType<Guid>()
            .Distinct()
            .ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id))
            .Select(o => new OrganisationSource(o.Id, o.Name, o.Kind, o.CountryCode))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var areaIds = initiatives.SelectMany(i => i.ThematicAreaIds).Distinct().ToList();
        var areas = await db.ThematicAreas.AsNoTracking()
            .Where(a => areaIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var keys = initiatives.Select(i => i.Id.ToString()).ToList();
        var lastChanges = await db.History.AsNoTracking()
            .Where(h => h.AggregateType == nameof(Initiative) && keys.Contains(h.AggregateId))
            .GroupBy(h => h.AggregateId)
            .Select(g => new { Id = g.Key, Last = g.Max(h => h.OccurredAt) })
            .ToDictionaryAsync(x => x.Id, x => x.Last, cancellationToken);

        var settings = options.Value;
        var union = new IatiReportingOrganisation(settings.ReportingOrganisationRef, settings.ReportingOrganisationName, settings.ReportingOrganisationType);
        var country = partnership.Country is { CountryCode: { } code } c ? new IatiRecipientCountry(code, c.Name) : null;
        var participants = new IatiParticipants(union, organisations, country?.Code);
        var activities = new List<IatiActivity>();
        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        var withoutStart = 0;
        var withoutOrganisation = 0;
        foreach (var initiative in initiatives)
        {
            if (initiative.StartMonth is not { } start)
            {
                withoutStart++;
                continue;
            }

            var organisationsInRoles = participants.Of(initiative);
            if (organisationsInRoles.Count == 0)
            {
                withoutOrganisation++;
                continue;
            }

            var identifier = IatiIdentifiers.For(union.Ref, initiative.ReferenceCode, initiative.Id);
            if (!identifiers.Add(identifier))
            {
                identifier = IatiIdentifiers.ById(union.Ref, initiative.Id);
                identifiers.Add(identifier);
            }

            activities.Add(new IatiActivity(
                identifier,
                SecondaryReporter: !initiative.FundingLines.Any(f => f.Kind == FundingSourceKind.EuProgramme),
                lastChanges.TryGetValue(initiative.Id.ToString(), out var changed) ? changed : null,
                initiative.Title,
                initiative.Summary ?? initiative.Title,
                organisationsInRoles,
                IatiCodes.StatusOf(initiative.Status),
                start,
                initiative.EndMonth?.AddMonths(1).AddDays(-1),
                country,
                initiative.Location,
                [
                    new IatiSector(IatiCodes.DacVocabulary, IatiCodes.DacSectorOf(initiative.Pillar), 100m, null),
                    new IatiSector(IatiCodes.OwnVocabulary, initiative.Pillar.ToString(), 100m, IatiCodes.PillarNameOf(initiative.Pillar)),
                ],
                [.. initiative.ThematicAreaIds
                    .Where(areas.ContainsKey)
                    .Select(id => new IatiTag(IatiCodes.OwnVocabulary, id.ToString(), areas[id]))
                    .OrderBy(t => t.Narrative, StringComparer.Ordinal)],
                IatiBudgets.Of(initiative.Status, start, initiative.EndMonth, initiative.FundingLines)));
        }

        return new IatiActivities(partnership.Name, IatiIdentifiers.FileNameFor(partnership.Name), union, activities, withoutStart, withoutOrganisation);
    }

    /// <summary>
    /// Whether the partnership's file would hold at least one activity, asked of the database alone (one statement, not
    /// the whole file): a shared, current initiative the user may read with a start month and someone in a role — a
    /// line from an EU programme (the Union funds it), a contributor of own funds, a responsible service, a lead or a
    /// partner. The pages ask this to offer the download; the export tests hold it equal to the file.
    /// </summary>
    public async Task<bool> HasActivitiesAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        var scope = await access.ReadScopeAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Activities(scope.Apply(db.Initiatives.AsNoTracking()), partnershipId).AnyAsync(cancellationToken);
    }

    /// <summary>
    /// The initiatives of <paramref name="visible"/> that the partnership's file would hold as activities, as a query
    /// (the partnership's page asks whether there is <c>Any</c> inside its header's statement).
    /// </summary>
    public static IQueryable<Initiative> Activities(IQueryable<Initiative> visible, Guid partnershipId) =>
        visible
            .Where(i => i.PartnershipId == partnershipId && i.IsShareable && !i.IsArchived && i.Period.StartMonth != null)
            .Where(i => i.LeadOrganisationId != null
                || i.ResponsibleServiceId != null
                || i.Partners.Any()
                || i.FundingLines.Any(f => f.SourceKind == FundingSourceKind.EuProgramme || f.ContributorId != null));

    private static Task<List<InitiativeSource>> LoadAsync(AppDbContext db, ReadScope scope, Guid partnershipId, CancellationToken cancellationToken) =>
        scope.Apply(db.Initiatives.AsNoTracking())
            .Where(i => i.PartnershipId == partnershipId && i.IsShareable && !i.IsArchived)
            .OrderBy(i => NameOrder.Key(i.Title))
            .ThenBy(i => i.Id)
            .AsSplitQuery()
            .Select(i => new InitiativeSource(
                i.Id,
                i.ReferenceCode,
                i.Title,
                i.Summary,
                i.Pillar,
                i.Status,
                i.LeadOrganisationId,
                i.ResponsibleServiceId,
                i.Period.StartMonth,
                i.Period.EndMonth,
                i.Location,
                i.ThematicAreas.Select(a => a.ThematicAreaId).ToList(),
                i.Partners.Select(p => new PartnerSource(p.OrganisationId, p.Role)).ToList(),
                i.FundingLines.OrderBy(f => f.Id).Select(f => new FundingSource(f.SourceKind, f.ContributorId, f.TotalBudget)).ToList()))
            .ToListAsync(cancellationToken);
}
