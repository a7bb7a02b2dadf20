using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// Loads an initiative for editing and stores a user's draft: the same rules as the form run first, then the
/// domain's, then the database's. A save based on an older version is refused with what is stored now, so
/// nothing is overwritten unseen. One short-lived context per operation, inside the execution strategy.
/// </summary>
public sealed class EditInitiative(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<InitiativeDraft> validator,
    IStringLocalizer<Strings> text,
    AccessControl access,
    ILogger<EditInitiative> logger)
{
    private const string ReferenceCodeIndex = "ix_initiatives_partnership_id_reference_code";

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

    /// <summary>Stores the draft: a new initiative when <paramref name="initiativeId"/> is null, else the one read at <paramref name="version"/>.</summary>
    public async Task<SaveOutcome> SaveAsync(Guid partnershipId, Guid? initiativeId, uint version, InitiativeDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        try
        {
            return await CheckedSaveAsync(partnershipId, initiativeId, version, draft, cancellationToken);
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new SaveOutcome.Failed(WriteFailure.Log(logger, exception, "save initiative"));
        }
    }

    private async Task<SaveOutcome> CheckedSaveAsync(Guid partnershipId, Guid? initiativeId, uint version, InitiativeDraft draft, CancellationToken cancellationToken)
    {
        var decision = initiativeId is { } existing
            ? await access.CheckInitiativeAsync(Operation.EditInitiative, existing, cancellationToken)
            : await access.CheckPartnershipAsync(Operation.AddInitiative, partnershipId, cancellationToken);
        switch (decision)
        {
            case AccessDecision.Refused refused:
                return new SaveOutcome.Refused(refused.Message);
            case AccessDecision.Missing:
                return new SaveOutcome.NotFound();
        }

        var validation = await validator.ValidateAsync(draft, cancellationToken);
        if (!validation.IsValid)
        {
            return new SaveOutcome.Invalid(FieldError.From(validation));
        }

        // A Member State's official adds and keeps initiatives their own state leads or takes part in; saving one
        // without it would hand the initiative to others and lock them out of it.
        if (await access.ActorAsync(cancellationToken) is { Role: Role.MemberStateOfficial, OrganisationId: { } own }
            && draft.LeadOrganisationId != own
            && !draft.Partners.Exists(p => p.OrganisationId == own))
        {
            return new SaveOutcome.Invalid([new FieldError(nameof(InitiativeDraft.LeadOrganisationId), text["Validation_OwnStateMustTakePart"])]);
        }

        await using var strategyContext = await contexts.CreateDbContextAsync(cancellationToken);
        return await strategyContext.Database.CreateExecutionStrategy().ExecuteAsync(
            ct => StoreAsync(partnershipId, initiativeId, version, draft, ct), cancellationToken);
    }

    private async Task<SaveOutcome> StoreAsync(Guid partnershipId, Guid? initiativeId, uint version, InitiativeDraft draft, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partnership = await db.Partnerships.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == partnershipId, cancellationToken);
        var initiative = initiativeId is { } id
            ? await Whole(db.Initiatives).SingleOrDefaultAsync(i => i.Id == id && i.PartnershipId == partnershipId, cancellationToken)
            : null;
        if (partnership is null || (initiativeId is not null && initiative is null))
        {
            return new SaveOutcome.NotFound();
        }

        if (initiative is not null && initiative.Version != version)
        {
            return await ConflictAsync(db, initiative, cancellationToken);
        }

        var code = InitiativeDraftComparison.Text(draft.ReferenceCode);
        if (code is not null && await db.Initiatives.AnyAsync(i => i.PartnershipId == partnershipId && i.ReferenceCode == code && i.Id != initiativeId, cancellationToken))
        {
            return ReferenceCodeUsed(code);
        }

        if (initiative is not null && await IndicatorWithValuesRemovedAsync(db, initiative, draft, cancellationToken) is { } kept)
        {
            return new SaveOutcome.Invalid([new FieldError(nameof(InitiativeDraft.Indicators), text["Indicator_RemovedWithValues", kept])]);
        }

        try
        {
            if (initiative is null)
            {
                initiative = Initiative.Propose(partnership, draft.Title, draft.Pillar, draft.Status);
                db.Initiatives.Add(initiative);
            }
            else
            {
                // The update is checked against the version this user read, even if someone saves in between.
                db.Entry(initiative).Property(i => i.Version).OriginalValue = version;
            }

            draft.ApplyTo(initiative, partnership);
            if (initiative.CommitmentId != draft.CommitmentId)
            {
                var commitment = draft.CommitmentId is { } commitmentId ? await db.Commitments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commitmentId, cancellationToken) : null;
                if (draft.CommitmentId is not null && commitment is null)
                {
                    return new SaveOutcome.Invalid([new FieldError(nameof(InitiativeDraft.CommitmentId), text["Commitment_Validation_Unknown"])]);
                }

                initiative.LinkCommitment(commitment);
            }
        }
        catch (DomainRuleException refusal)
        {
            return new SaveOutcome.Invalid([new FieldError(InitiativeDraftApplication.FieldOf(refusal.Rule), refusal.Message)]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var stored = await Whole(fresh.Initiatives.AsNoTracking()).SingleOrDefaultAsync(i => i.Id == initiative.Id, cancellationToken);
            return stored is null ? new SaveOutcome.NotFound() : await ConflictAsync(fresh, stored, cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception, ReferenceCodeIndex))
        {
            return ReferenceCodeUsed(code ?? string.Empty);
        }

        return new SaveOutcome.Saved(initiative.Id, initiative.Version);
    }

    /// <summary>The name of an indicator the draft leaves out although values were reported for it; null when there is none.</summary>
    private static async Task<string?> IndicatorWithValuesRemovedAsync(AppDbContext db, Initiative initiative, InitiativeDraft draft, CancellationToken cancellationToken)
    {
        var removed = initiative.Indicators.Where(i => !draft.Indicators.Exists(d => d.Id == i.Id)).Select(i => i.Id).ToList();
        if (removed.Count == 0)
        {
            return null;
        }

        var withValues = await db.IndicatorValues.AsNoTracking().Where(v => removed.Contains(v.IndicatorId)).Select(v => v.IndicatorId).FirstOrDefaultAsync(cancellationToken);
        return withValues == Guid.Empty ? null : initiative.Indicators.First(i => i.Id == withValues).Name;
    }

    private SaveOutcome.Invalid ReferenceCodeUsed(string code) =>
        new([new FieldError(nameof(InitiativeDraft.ReferenceCode), text["Validation_ReferenceCodeUsed", code])]);

    private static async Task<SaveOutcome.Conflict> ConflictAsync(AppDbContext db, Initiative stored, CancellationToken cancellationToken)
    {
        var id = stored.Id.ToString();
        var last = await db.History.AsNoTracking()
            .Where(h => h.AggregateType == nameof(Initiative) && h.AggregateId == id)
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.UserName, h.OccurredAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new SaveOutcome.Conflict(InitiativeDraft.From(stored), stored.Version, last?.UserName, last?.OccurredAt);
    }

    private static IQueryable<Initiative> Whole(IQueryable<Initiative> initiatives) => initiatives
        .Include(i => i.FundingLines)
        .Include(i => i.Indicators)
        .AsSplitQuery();

    private static async Task<EditingChoices> ChoicesAsync(AppDbContext db, Partnership partnership, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.ShortName ?? o.Name))
            .ToListAsync(cancellationToken);
        var participantIds = partnership.Participants.Select(p => p.OrganisationId).ToHashSet();
        var areas = await db.ThematicAreas.AsNoTracking()
            .OrderBy(a => a.Pillar).ThenBy(a => a.Name)
            .Select(a => new AreaChoice(a.Id, a.Name, a.Pillar))
            .ToListAsync(cancellationToken);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.PartnershipId == partnership.Id)
            .OrderBy(c => c.Side).ThenBy(c => c.Pillar).ThenBy(c => c.Position)
            .Select(c => new Choice(c.Id, c.Text))
            .ToListAsync(cancellationToken);
        return new EditingChoices([.. organisations.Where(o => participantIds.Contains(o.Id))], organisations, areas, commitments, partnership.Priorities);
    }
}
