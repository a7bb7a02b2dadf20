using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Editing;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// What an import is checked against: the partnership, its stored initiatives (archived ones included, so a
/// re-import finds them) and the values on record for their indicators, the organisations and thematic areas, the
/// partnership's commitments, and who is importing.
/// </summary>
internal sealed record ImportWorld(
    Partnership Partnership,
    IReadOnlyList<Initiative> Stored,
    IReadOnlyList<KnownOrganisation> Organisations,
    IReadOnlyList<ThematicArea> ThematicAreas,
    Actor? Actor,
    IReadOnlySet<Guid> EditableInitiatives)
{
    /// <summary>The partnership's commitments of the joint declaration, which a sheet names by their text.</summary>
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];

    /// <summary>The values on record for the stored initiatives' indicators, by initiative, which a row's period must keep.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<ValueOnRecord>> ValuesOnRecord { get; init; } = new Dictionary<Guid, IReadOnlyList<ValueOnRecord>>();

    /// <summary>The stored initiatives whose latest progress update rates them Completed, by id: their status stays Completed.</summary>
    public IReadOnlyDictionary<Guid, LatestUpdate> RatedCompleted { get; init; } = new Dictionary<Guid, LatestUpdate>();

    /// <summary>The values on record for the indicators of the stored initiative <paramref name="initiativeId"/>.</summary>
    public IReadOnlyList<ValueOnRecord> ValuesOf(Guid initiativeId) => ValuesOnRecord.TryGetValue(initiativeId, out var values) ? values : [];

    /// <summary>
    /// Locks the partnership's stored initiatives to the end of the confirm's write, in one statement, before it reads what
    /// it checks against: a report or removal of a value and an edit (which lock one initiative) and a progress update (which
    /// locks it to share) under way are waited for and then read, and one that comes later waits for the import and checks
    /// what it stored. In the order of their ids, so that two imports of one partnership take turns rather than deadlock.
    /// </summary>
    public static async Task LockStoredAsync(AppDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A read that locks, not a change: the ids it answers are not needed.
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM initiatives WHERE partnership_id = {partnershipId} ORDER BY id FOR UPDATE").ToListAsync(cancellationToken);
    }

    /// <summary>The values on record for the indicators of the partnership's initiatives, in one statement.</summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<ValueOnRecord>>> ValuesOnRecordAsync(AppDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => db.Initiatives.Any(i => i.Id == v.InitiativeId && i.PartnershipId == partnershipId))
            .Select(v => new { v.InitiativeId, v.IndicatorId, v.PeriodStart, v.PeriodEnd })
            .ToListAsync(cancellationToken);
        return values.GroupBy(v => v.InitiativeId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<ValueOnRecord>)[.. g.Select(v => new ValueOnRecord(v.IndicatorId, ReportingPeriod.Spanning(v.PeriodStart, v.PeriodEnd)))]);
    }

    /// <summary>The partnership's initiatives whose latest progress update rates them Completed, with that update's day, in one statement.</summary>
    public static async Task<Dictionary<Guid, LatestUpdate>> RatedCompletedAsync(AppDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rated = await db.Initiatives.AsNoTracking()
            .Where(i => i.PartnershipId == partnershipId && LatestProgress.RatingOf(db.ProgressUpdates.Where(u => u.InitiativeId == i.Id)) == ProgressRating.Completed)
            .WithLatestProgress()
            .Select(i => new { i.Id, LatestDay = db.ProgressUpdates.Where(u => u.InitiativeId == i.Id).Max(u => u.ReportedOn) })
            .ToListAsync(cancellationToken);
        return rated.ToDictionary(r => r.Id, r => new LatestUpdate(ProgressRating.Completed, r.LatestDay));
    }

    /// <summary>What is on record of the stored initiative <paramref name="initiativeId"/> that a row keeps to; <paramref name="values"/> the values its period must keep.</summary>
    public InitiativeOnRecord OnRecord(Guid initiativeId, IReadOnlyCollection<ValueOnRecord> values) =>
        new(values, RatedCompleted.GetValueOrDefault(initiativeId));

    public EditingChoices Choices(IEnumerable<KnownOrganisation> extra)
    {
        var all = Organisations.Concat(extra).ToList();
        return new(
            [.. Organisations.Where(o => Partnership.TakesPart(o.Id)).Select(o => new Choice(o.Id, o.DisplayName))],
            [.. all.Select(o => new Choice(o.Id, o.DisplayName))],
            [.. ThematicAreas.Select(a => new AreaChoice(a.Id, a.NameIn(PageLanguage.IsFrench), a.Pillar))],
            [.. Commitments.Select(c => new Choice(c.Id, c.Text))],
            Partnership.Priorities)
        {
            Services = [.. all.Where(o => Organisation.ServesAsCommissionService(o.Kind, o.SignsThroughPresidency)).Select(o => new Choice(o.Id, o.DisplayName))],
        };
    }

    /// <summary>The partnership's commitments, in the order its commitments page lists them.</summary>
    public static async Task<List<Commitment>> CommitmentsAsync(AppDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Commitments.AsNoTracking()
            .Where(c => c.PartnershipId == partnershipId)
            .OrderBy(c => c.Side).ThenBy(c => c.Pillar).ThenBy(c => c.Position)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Carries a planned row into the initiative: the draft through the domain's rules, its period against the values on
    /// record, then the commitment it names. Sheets carry no indicators, so a row keeps each as stored, its unit too.
    /// </summary>
    public void Apply(InitiativeDraft draft, Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(initiative);
        draft.ApplyTo(initiative, Partnership, ThematicAreas, OnRecord(initiative.Id, ValuesOf(initiative.Id)));
        LinkCommitment(draft, initiative);
    }

    /// <summary>Links the initiative to the commitment the planned row names (or to none), when it is not linked so already.</summary>
    public void LinkCommitment(InitiativeDraft draft, Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(initiative);
        if (initiative.CommitmentId != draft.CommitmentId)
        {
            initiative.LinkCommitment(draft.CommitmentId is { } id ? Commitments.First(c => c.Id == id) : null);
        }
    }
}

/// <summary>An organisation a name in a sheet may stand for.</summary>
internal sealed record KnownOrganisation(Guid Id, string Name, string? ShortName, OrganisationKind Kind, bool SignsThroughPresidency = false, string? FrenchName = null, string? FrenchShortName = null)
{
    /// <summary>Its name in lists, in the page's language: the French short name or name where it has a French name.</summary>
    public string DisplayName => LanguageNames.DisplayName(Name, ShortName, FrenchName, FrenchShortName, PageLanguage.IsFrench);
}
