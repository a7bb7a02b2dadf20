using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// Loads an initiative for editing and stores a user's draft on the write path: the same rules as the form run
/// first, then the domain's, then the database's. A save based on an older version is refused as stale, with who
/// stored the newer one, so nothing is overwritten unseen.
/// </summary>
public sealed class EditInitiative(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<InitiativeDraft> validator,
    IStringLocalizer<Strings> text,
    AccessControl access,
    Writes writes)
{
    private const string ReferenceCodeIndex = "ix_initiatives_partnership_id_reference_code";
    private const string CountNotNegative = "ck_indicator_values_count_not_negative";
    private const string CountWhole = "ck_indicator_values_count_whole";

    /// <summary>The title of the stand-in a new initiative's draft is checked on when the initiative cannot be proposed as drafted.</summary>
    private const string StandInTitle = "-";

    /// <summary>The initiative as a draft, or null when there is none the user may change.</summary>
    public async Task<InitiativeEditing?> LoadAsync(Guid initiativeId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.EditInitiative, initiativeId, cancellationToken))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var initiative = await Whole(db.Initiatives.AsNoTracking()).SingleOrDefaultAsync(i => i.Id == initiativeId, cancellationToken);
        if (initiative is null)
        {
            return null;
        }

        var partnership = await db.Partnerships.AsNoTracking().Include(p => p.Participants).SingleAsync(p => p.Id == initiative.PartnershipId, cancellationToken);
        return new InitiativeEditing(initiative.Id, partnership.Id, partnership.Name, InitiativeDraft.From(initiative), initiative.Version, await ChoicesAsync(db, partnership, cancellationToken));
    }

    /// <summary>An empty draft for the partnership, or null when there is none the user may add to.</summary>
    public async Task<InitiativeEditing?> LoadNewAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.AddInitiative, partnershipId, cancellationToken))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partnership = await db.Partnerships.AsNoTracking().Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == partnershipId, cancellationToken);
        return partnership is null ? null : new InitiativeEditing(null, partnership.Id, partnership.Name, new InitiativeDraft(), 0, await ChoicesAsync(db, partnership, cancellationToken));
    }

    /// <summary>
    /// Stores the draft: a new initiative when <paramref name="initiativeId"/> is null (<see cref="WriteOutcome.Created"/>),
    /// else the one read at <paramref name="version"/> (<see cref="WriteOutcome.Done"/>, with the version now stored).
    /// When someone saved first the outcome is <see cref="WriteOutcome.Stale"/>; <see cref="LoadAsync"/> reads what is stored now.
    /// A null <paramref name="version"/> stores it over whatever version is stored (the API's <c>If-Match: *</c>).
    /// </summary>
    public Task<WriteOutcome> SaveAsync(Guid partnershipId, Guid? initiativeId, uint? version, InitiativeDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return initiativeId is { } id
            ? writes.RunAsync(
                new Write<Initiative>
                {
                    What = "save initiative",
                    Access = (rules, ct) => rules.CheckInitiativeAsync(Operation.EditInitiative, id, ct),
                    Validate = DraftValidation.Of(validator, draft),
                    CheckActor = actor => KeepsOwnState(actor, draft),
                    Load = (db, ct) => Whole(Locked(db.Initiatives, id)).SingleOrDefaultAsync(i => i.PartnershipId == partnershipId, ct),
                    Seen = version,
                    Apply = async (change, ct) =>
                    {
                        var partnership = await change.Db.Partnerships.Include(p => p.Participants).SingleAsync(p => p.Id == partnershipId, ct);
                        return await ApplyAsync(change.Db, partnership, change.Target, draft, change.Refusals, ct);
                    },
                    AppliesRefusedDraft = true,
                    Fields = InitiativeDraft.RuleFields,
                    EntryField = refusal => UnitFieldOf(draft, refusal),
                    Constraints = [ReferenceCodeTaken(draft), CountOverNegativeValues(), CountOverFractionalValues()],
                },
                cancellationToken)
            : writes.RunAsync(
                new Write<Partnership>
                {
                    What = "save initiative",
                    Access = (rules, ct) => rules.CheckPartnershipAsync(Operation.AddInitiative, partnershipId, ct),
                    Validate = DraftValidation.Of(validator, draft),
                    CheckActor = actor => KeepsOwnState(actor, draft),
                    Load = (db, ct) => db.Partnerships.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == partnershipId, ct),
                    Apply = (change, ct) => ApplyAsync(change.Db, change.Target, null, draft, change.Refusals, ct),
                    AppliesRefusedDraft = true,
                    Fields = InitiativeDraft.RuleFields,
                    EntryField = refusal => UnitFieldOf(draft, refusal),
                    Constraints = [ReferenceCodeTaken(draft), CountOverNegativeValues(), CountOverFractionalValues()],
                },
                cancellationToken);
    }

    /// <summary>A Member State's official keeps their own state in the initiative (<see cref="AccessPolicy.KeepsOwnStateIn"/>).</summary>
    private List<FieldError> KeepsOwnState(Actor actor, InitiativeDraft draft) =>
        AccessPolicy.KeepsOwnStateIn(actor, draft.LeadOrganisationId, draft.Partners.Select(p => p.OrganisationId).OfType<Guid>())
            ? []
            : [new FieldError(nameof(InitiativeDraft.LeadOrganisationId), text["Validation_OwnStateMustTakePart"])];

    /// <summary>
    /// Carries the draft into <paramref name="existing"/>, or into a new initiative of the partnership when it is null,
    /// with the checks that need the database. Every problem is gathered in <paramref name="refusals"/>, none stops the
    /// others being looked for: the write is refused with all of them.
    /// </summary>
    private async Task<WriteOutcome> ApplyAsync(AppDbContext db, Partnership partnership, Initiative? existing, InitiativeDraft draft, Refusals refusals, CancellationToken cancellationToken)
    {
        refusals.Add(await DraftReferences.UnknownAsync(db, draft, text, cancellationToken));

        var initiativeId = existing?.Id;
        var code = InitiativeDraftComparison.Text(draft.ReferenceCode);
        if (code is not null && await db.Initiatives.AnyAsync(i => i.PartnershipId == partnership.Id && i.ReferenceCode == code && i.Id != initiativeId, cancellationToken))
        {
            refusals.Add(ReferenceCodeUsed(code));
        }

        var values = existing is null ? [] : await ValuesOnRecordAsync(db, existing, cancellationToken);
        var reported = values.Select(v => v.IndicatorId).ToHashSet();
        if (existing?.Indicators.FirstOrDefault(i => reported.Contains(i.Id) && !draft.Indicators.Exists(d => d.Id == i.Id)) is { } kept)
        {
            refusals.Add(new FieldError(nameof(InitiativeDraft.Indicators), text["Indicator_RemovedWithValues", kept.Name]));
        }

        var initiative = existing;
        if (initiative is null)
        {
            initiative = refusals.Check(() => Initiative.Propose(partnership, draft.Title, draft.Pillar, draft.Status));
            if (initiative is null)
            {
                // The rest is checked on a stand-in, never stored: the write is refused already.
                initiative = Initiative.Propose(partnership, StandInTitle, Pillar.LegalMigration, InitiativeStatus.Proposed);
            }
            else
            {
                db.Initiatives.Add(initiative);
            }
        }

        var areaIds = draft.ThematicAreaIds.Distinct().ToList();
        var areas = await db.ThematicAreas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var onRecord = existing is null ? InitiativeOnRecord.Nothing : new InitiativeOnRecord(values, await LatestUpdateAsync(db, existing, draft.Status, cancellationToken));
        draft.ApplyTo(initiative, partnership, areas, onRecord, refusals);
        if (initiative.CommitmentId != draft.CommitmentId)
        {
            var commitment = draft.CommitmentId is { } commitmentId ? await db.Commitments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commitmentId, cancellationToken) : null;
            if (draft.CommitmentId is not null && commitment is null)
            {
                refusals.Add(new FieldError(nameof(InitiativeDraft.CommitmentId), text["Commitment_Validation_Unknown"]));
            }
            else
            {
                refusals.Check(() => initiative.LinkCommitment(commitment));
            }
        }

        return existing is null ? new WriteOutcome.Created(initiative.Id) : new WriteOutcome.Done();
    }

    /// <summary>
    /// The values on record for the initiative's indicators, in one statement. The initiative was loaded locked
    /// (<see cref="Locked"/>), so they are all there are until the write ends.
    /// </summary>
    private static async Task<List<ValueOnRecord>> ValuesOnRecordAsync(AppDbContext db, Initiative initiative, CancellationToken cancellationToken)
    {
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.InitiativeId == initiative.Id)
            .Select(v => new { v.IndicatorId, v.PeriodStart, v.PeriodEnd })
            .ToListAsync(cancellationToken);
        return [.. values.Select(v => new ValueOnRecord(v.IndicatorId, ReportingPeriod.Spanning(v.PeriodStart, v.PeriodEnd)))];
    }

    /// <summary>
    /// The initiative's latest progress update when the draft changes its status, which a "Completed" one keeps (none is read
    /// otherwise). The initiative was loaded locked (<see cref="Locked"/>), and posting an update locks it to share: one
    /// posted meanwhile is read here, or waits and is checked against the status stored.
    /// </summary>
    private static async Task<LatestUpdate?> LatestUpdateAsync(AppDbContext db, Initiative initiative, InitiativeStatus wanted, CancellationToken cancellationToken) =>
        wanted == initiative.Status
            ? null
            : await db.ProgressUpdates.AsNoTracking().Where(u => u.InitiativeId == initiative.Id).NewestFirst()
                .Select(u => new LatestUpdate(u.Rating, u.ReportedOn))
                .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The unit field of the draft's indicator whose unit the domain kept (<c>Indicator.CheckUnitKept</c>), so the form shows the refusal there; null for any other refusal.</summary>
    private static string? UnitFieldOf(InitiativeDraft draft, DomainRuleException refusal) =>
        refusal.Rule == "indicator.unit.reported" && refusal.Arguments is [_, Guid id] && draft.Indicators.FindIndex(d => d.Id == id) is var index and >= 0
            ? $"{nameof(InitiativeDraft.Indicators)}[{index}].{nameof(IndicatorDraft.Unit)}"
            : null;

    private FieldError ReferenceCodeUsed(string code) =>
        new(nameof(InitiativeDraft.ReferenceCode), text["Validation_ReferenceCodeUsed", code]);

    /// <summary>Someone stored the same reference code between the check and the save.</summary>
    private ConstraintRefusal ReferenceCodeTaken(InitiativeDraft draft) =>
        ConstraintRefusal.Unique(ReferenceCodeIndex, () => ReferenceCodeUsed(InitiativeDraftComparison.Text(draft.ReferenceCode) ?? string.Empty));

    /// <summary>The database refuses a unit that counts things over values already reported below zero.</summary>
    private ConstraintRefusal CountOverNegativeValues() =>
        ConstraintRefusal.Check(CountNotNegative, () => new FieldError(nameof(InitiativeDraft.Indicators), text["Validation_CountOverNegativeValues"]));

    /// <summary>The database refuses a unit that counts things over values already reported that are not whole numbers.</summary>
    private ConstraintRefusal CountOverFractionalValues() =>
        ConstraintRefusal.Check(CountWhole, () => new FieldError(nameof(InitiativeDraft.Indicators), text["Validation_CountOverFractionalValues"]));

    /// <summary>
    /// The initiative's row, locked to the end of the write. A report on its indicators locks it too
    /// (<see cref="Features.Indicators.Reporting.ReportIndicatorValue"/>): one under way is read with the values on record
    /// once stored, and one that comes later waits, then checks the period and units stored here.
    /// </summary>
    private static IQueryable<Initiative> Locked(DbSet<Initiative> initiatives, Guid id) =>
        initiatives.FromSql($"SELECT i.*, i.xmin FROM initiatives i WHERE i.id = {id} FOR UPDATE");

    private static IQueryable<Initiative> Whole(IQueryable<Initiative> initiatives) => initiatives
        .Include(i => i.FundingLines)
        .Include(i => i.Indicators)
        .AsSplitQuery();

    private static async Task<EditingChoices> ChoicesAsync(AppDbContext db, Partnership partnership, CancellationToken cancellationToken)
    {
        var french = PageLanguage.IsFrench;
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => NameOrder.Key(ShownNames.Name(o.Name, o.FrenchName, french)))
            .Select(o => new Choice(o.Id, ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, french)))
            .ToListAsync(cancellationToken);
        var participantIds = partnership.Participants.Select(p => p.OrganisationId).ToHashSet();
        var areas = await db.ThematicAreas.AsNoTracking()
            .Select(a => new { a.Id, Name = ShownNames.Name(a.Name, a.FrenchName, french), a.Pillar })
            .OrderBy(a => a.Pillar).ThenBy(a => NameOrder.Key(a.Name))
            .Select(a => new AreaChoice(a.Id, a.Name, a.Pillar))
            .ToListAsync(cancellationToken);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.PartnershipId == partnership.Id)
            .OrderBy(c => c.Side).ThenBy(c => c.Pillar).ThenBy(c => c.Position)
            .Select(c => new Choice(c.Id, c.Text))
            .ToListAsync(cancellationToken);
        var institutions = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.EuInstitution)
            .OrderBy(o => NameOrder.Key(ShownNames.Name(o.Name, o.FrenchName, french)))
            .Select(o => new { o.Id, Shown = ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, french), o.Kind, o.SignsThroughPresidency })
            .ToListAsync(cancellationToken);
        var services = institutions.Where(o => Organisation.ServesAsCommissionService(o.Kind, o.SignsThroughPresidency)).Select(o => new Choice(o.Id, o.Shown)).ToList();
        return new EditingChoices([.. organisations.Where(o => participantIds.Contains(o.Id))], organisations, areas, commitments, partnership.Priorities) { Services = services };
    }
}
