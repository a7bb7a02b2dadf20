using Microsoft.Extensions.Options;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Configurations;
using MobilityPartnerships.Web.Features.Organisations;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Imports a sheet of initiatives into a partnership: a preview that writes nothing, then a confirm that runs the
/// same planning again inside one transaction and stores every row or none. New organisations the user chose to
/// record are created in the same transaction.
/// </summary>
public sealed class ImportInitiatives(
    IDbContextFactory<AppDbContext> contexts,
    AccessControl access,
    Writes writes,
    IValidator<InitiativeDraft> validator,
    IStringLocalizer<Strings> text,
    IOptions<DatabaseOptions> limits,
    ILogger<ImportInitiatives> logger)
{
    /// <summary>The partnership to import into, or null when there is none the user may add initiatives to.</summary>
    public async Task<ImportTarget?> TargetAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        if (!await access.MayAsync(Operation.AddInitiative, partnershipId, cancellationToken))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        return name is null ? null : new ImportTarget(partnershipId, name, await access.MayAsync(Operation.ManageOrganisations, cancellationToken: cancellationToken));
    }

    /// <summary>What importing would do; writes nothing.</summary>
    public async Task<ImportPreview?> PreviewAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await access.CheckPartnershipAsync(Operation.AddInitiative, request.PartnershipId, cancellationToken) is not AccessDecision.Allowed)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AllowLongWork(limits.Value);
        var world = await LoadAsync(db, request.PartnershipId, tracked: false, cancellationToken);
        if (world is null)
        {
            return null;
        }

        var planned = PlannedOrganisations(request.Decisions, (name, kind) => new KnownOrganisation(Guid.CreateVersion7(), name, null, kind));
        return Planner(world).Plan(request.Workbook, request.Sheet, request.Mapping, request.Settings, request.Decisions, planned, cancellationToken);
    }

    /// <summary>Stores what the preview with <paramref name="fingerprint"/> showed, in one transaction, or nothing.</summary>
    /// <remarks>
    /// Done stores exactly the rows of that preview, so its counts are what was stored. Nothing is stored when planning
    /// again finds rows with problems or open questions (<see cref="WriteOutcome.Invalid"/>, at the form's level) or
    /// other changes than the preview showed (<see cref="WriteOutcome.Stale"/>): a fresh preview shows why.
    /// </remarks>
    public async Task<WriteOutcome> ConfirmAsync(ImportRequest request, string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var addsOrganisations = request.Decisions.Organisations.Values.Any(c => c is OrganisationChoice.Added);
        StoredRows? stored = null;
        var outcome = await writes.RunAsync(
            new Write<ImportWorld>
            {
                What = "import initiatives",
                LongWork = true,
                Access = async (access, ct) =>
                {
                    var adding = await access.CheckPartnershipAsync(Operation.AddInitiative, request.PartnershipId, ct);
                    return adding is AccessDecision.Allowed && addsOrganisations ? await access.CheckAsync(Operation.ManageOrganisations, ct) : adding;
                },
                Load = (db, ct) => LoadAsync(db, request.PartnershipId, tracked: true, ct),
                Apply = async (change, ct) =>
                {
                    // A new organisation's name another already has (case and spacing aside) is told with who has it, not left to the unique index.
                    var newNames = request.Decisions.Organisations.Where(d => d.Value is OrganisationChoice.Added && request.Decisions.NewNames.ContainsKey(d.Key))
                        .Select(d => request.Decisions.NewNames[d.Key]).ToList();
                    if (await OrganisationWrites.NamesHeldAsync(change.Db, newNames, ct) is [var (name, heldBy), ..])
                    {
                        return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text["Import_OrganisationNameUsed", name, heldBy])]);
                    }

                    var outcome = Store(change, request, fingerprint, out var rows);
                    stored = rows;
                    return outcome;
                },
                Constraints =
                [
                    ConstraintRefusal.Unique("ix_initiatives_partnership_id_reference_code", () => new FieldError(FieldError.FormLevel, text["Import_ReferenceCodeTaken"])),
                    ConstraintRefusal.Unique(OrganisationConfiguration.NameIndex, () => new FieldError(FieldError.FormLevel, text["Import_OrganisationNameTaken"])),
                ],
            },
            cancellationToken);
        if (outcome is WriteOutcome.Done && stored is { } counts)
        {
            logger.Imported(request.PartnershipId, counts.Added, counts.Updated, counts.Unchanged);
        }

        return outcome;
    }

    /// <summary>Plans the sheet again against what is stored now and, when it is what the user confirmed, adds and changes the initiatives it plans.</summary>
    /// <remarks>
    /// A new row's initiative is the one planning built and tried the domain's rules on (the row's draft applied to it
    /// already); it is linked to its commitment and handed to the write path as a new aggregate, which copies a batch of
    /// them in bulk. Only the counts outlive this method: the preview planned again (every row's draft and changes) is
    /// let go before the write path copies the new initiatives.
    /// </remarks>
    private WriteOutcome Store(Change<ImportWorld> change, ImportRequest request, string fingerprint, out StoredRows? stored)
    {
        var (db, world) = (change.Db, change.Target);
        var created = PlannedOrganisations(request.Decisions, (name, kind) => Record(db, name, kind));
        var planner = Planner(world, keepProposed: true);
        var preview = planner.Plan(request.Workbook, request.Sheet, request.Mapping, request.Settings, request.Decisions, created, CancellationToken.None);
        stored = null;
        if (!preview.CanConfirm)
        {
            return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text["Import_NotReady"])]);
        }

        if (preview.Fingerprint != fingerprint)
        {
            return new WriteOutcome.Stale(null, null);
        }

        var initiatives = world.Stored.ToDictionary(i => i.Id);
        foreach (var row in preview.Rows)
        {
            switch (row.Outcome)
            {
                case RowOutcome.Add:
                    var initiative = planner.Proposed[row.Row];
                    world.LinkCommitment(row.Draft, initiative);
                    change.Add(initiative);
                    break;
                case RowOutcome.Update:
                    world.Apply(row.Draft, initiatives[row.InitiativeId!.Value]);
                    break;
            }
        }

        stored = new StoredRows(preview.Added, preview.Updated, preview.Unchanged);
        return new WriteOutcome.Done();
    }

    private static KnownOrganisation Record(AppDbContext db, string name, OrganisationKind kind)
    {
        var organisation = Organisation.Create(name, null, kind);
        db.Organisations.Add(organisation);
        return new KnownOrganisation(organisation.Id, organisation.Name, null, kind);
    }

    /// <summary>
    /// The organisations the user chose to record as new, by normalised name (the name as the sheet first wrote it is kept
    /// in the decision's key order), each of the kind chosen for it: the preview and the confirm check a row's names
    /// against that kind alike (a responsible service must be a Commission service).
    /// </summary>
    private static Dictionary<string, KnownOrganisation> PlannedOrganisations(ImportDecisions decisions, Func<string, OrganisationKind, KnownOrganisation> create) =>
        decisions.Organisations.Where(d => d.Value is OrganisationChoice.Added && decisions.NewNames.ContainsKey(d.Key))
            .ToDictionary(d => d.Key, d => create(decisions.NewNames[d.Key], ((OrganisationChoice.Added)d.Value).Kind));

    private ImportPlanner Planner(ImportWorld world, bool keepProposed = false) =>
        new(world, new NameReader(new MobilityPartnerships.Web.Features.Initiatives.Importing.Values.OrganisationMatcher(world.Organisations.Select(o => new MobilityPartnerships.Web.Features.Initiatives.Importing.Values.KnownOrganisation(o.Id, o.Name, o.ShortName, o.FrenchName, o.FrenchShortName)))), validator, text, keepProposed);

    private async Task<ImportWorld?> LoadAsync(AppDbContext db, Guid partnershipId, bool tracked, CancellationToken cancellationToken)
    {
        var partnerships = tracked ? db.Partnerships : db.Partnerships.AsNoTracking();
        var partnership = await partnerships.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == partnershipId, cancellationToken);
        if (partnership is null)
        {
            return null;
        }

        if (tracked)
        {
            await ImportWorld.LockStoredAsync(db, partnershipId, cancellationToken);
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        var initiatives = tracked ? db.Initiatives : db.Initiatives.AsNoTracking();
        var stored = await scope.Apply(initiatives).Include(i => i.FundingLines).Include(i => i.Indicators).AsSplitQuery()
            .Where(i => i.PartnershipId == partnershipId)
            .ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => NameOrder.Key(o.Name))
            .Select(o => new KnownOrganisation(o.Id, o.Name, o.ShortName, o.Kind, o.SignsThroughPresidency, o.FrenchName, o.FrenchShortName))
            .ToListAsync(cancellationToken);
        var areas = await db.ThematicAreas.AsNoTracking()
            .OrderBy(a => a.Pillar).ThenBy(a => NameOrder.Key(a.Name))
            .ToListAsync(cancellationToken);
        var editable = await access.AllowedInitiativesAsync(Operation.EditInitiative, partnership, stored, cancellationToken);
        return new ImportWorld(partnership, stored, organisations, areas, await access.ActorAsync(cancellationToken), editable)
        {
            Commitments = await ImportWorld.CommitmentsAsync(db, partnershipId, cancellationToken),
            ValuesOnRecord = await ImportWorld.ValuesOnRecordAsync(db, partnershipId, cancellationToken),
            RatedCompleted = await ImportWorld.RatedCompletedAsync(db, partnershipId, cancellationToken),
        };
    }

    /// <summary>How many rows a confirmed import added, updated and left unchanged.</summary>
    private sealed record StoredRows(int Added, int Updated, int Unchanged);
}
