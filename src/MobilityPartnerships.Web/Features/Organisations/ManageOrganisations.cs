using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Organisations;

/// <summary>
/// The organisations list: adding, renaming, and deleting one that nothing refers to. Member States are
/// reference data and are not deleted; an organisation still referred to is refused with what refers to it.
/// </summary>
public sealed class ManageOrganisations(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<OrganisationDraft> validator,
    IStringLocalizer<Strings> text,
    AccessControl access,
    ILogger<ManageOrganisations> logger)
{
    private const string NameIndex = "ix_organisations_name";
    private const string CountryIndex = "ix_organisations_country_code_of_states";

    private async Task<WriteOutcome.Refused?> MayNotAsync(CancellationToken cancellationToken) =>
        await access.CheckAsync(Operation.ManageOrganisations, cancellationToken) is AccessDecision.Refused refused ? new WriteOutcome.Refused(refused.Message) : null;

    public async Task<IReadOnlyList<OrganisationRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.ShortName, o.Kind, o.CountryCode, o.MemberFrom, o.MemberUntil,
                db.Participants.Count(p => p.OrganisationId == o.Id)
                + db.Initiatives.Count(i => i.Partners.Any(p => p.OrganisationId == o.Id) || i.ResponsibleServiceId == o.Id || i.ContactPoints.Any(c => c.OrganisationId == o.Id))
                + db.FundingLines.Count(f => f.ContributorId == o.Id)
                + db.Partnerships.Count(p => p.PartnerCountryId == o.Id)))
            .ToListAsync(cancellationToken);
    }

    public Task<WriteOutcome> CreateAsync(OrganisationDraft draft, CancellationToken cancellationToken) =>
        WriteAsync(draft, "add organisation", async db =>
        {
            db.Organisations.Add(Organisation.Create(draft.Name, draft.ShortName, draft.Kind, draft.CountryCode));
            return await SaveAsync(db, draft, cancellationToken);
        }, cancellationToken);

    public Task<WriteOutcome> RenameAsync(Guid id, OrganisationDraft draft, CancellationToken cancellationToken) =>
        WriteAsync(draft, "rename organisation", async db =>
        {
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (organisation is null)
            {
                return new WriteOutcome.NotFound();
            }

            organisation.Rename(draft.Name, draft.ShortName);
            return await SaveAsync(db, draft, cancellationToken);
        }, cancellationToken, checkKind: false);

    public async Task<WriteOutcome> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await MayNotAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (organisation is null)
            {
                return new WriteOutcome.NotFound();
            }

            if (organisation.Kind == OrganisationKind.MemberState)
            {
                return Refused(text["Organisation_DeleteMemberState", organisation.Name]);
            }

            var uses = new List<string>();
            AddUse(uses, await db.Participants.CountAsync(p => p.OrganisationId == id, cancellationToken), "Organisation_UsedAsParticipant");
            AddUse(uses, await db.Partnerships.CountAsync(p => p.PartnerCountryId == id, cancellationToken), "Organisation_UsedAsPartnerCountry");
            AddUse(uses, await db.Initiatives.CountAsync(i => i.Partners.Any(p => p.OrganisationId == id), cancellationToken), "Organisation_UsedAsPartner");
            AddUse(uses, await db.Initiatives.CountAsync(i => i.ResponsibleServiceId == id, cancellationToken), "Organisation_UsedAsService");
            AddUse(uses, await db.Initiatives.CountAsync(i => i.ContactPoints.Any(c => c.OrganisationId == id), cancellationToken), "Organisation_UsedByContactPoint");
            AddUse(uses, await db.FundingLines.CountAsync(f => f.ContributorId == id, cancellationToken), "Organisation_UsedAsContributor");
            AddUse(uses, await db.ProgressUpdates.CountAsync(u => u.AuthorOrganisationId == id, cancellationToken), "Organisation_UsedByProgress");
            AddUse(uses, await db.Organisations.CountAsync(o => o.ParentId == id, cancellationToken), "Organisation_UsedAsParent");
            if (uses.Count > 0)
            {
                return Refused(text["Organisation_DeleteRefused", organisation.Name, string.Join("; ", uses)]);
            }

            db.Organisations.Remove(organisation);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (DatabaseErrors.IsForeignKeyViolation(exception))
            {
                return Refused(text["Delete_RefusedReferenced"]);
            }

            return new WriteOutcome.Done();
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "delete organisation"));
        }
    }

    private void AddUse(List<string> uses, int count, string key)
    {
        if (count > 0)
        {
            uses.Add(text[key, count]);
        }
    }

    private static WriteOutcome.Invalid Refused(string message) => new([new FieldError(FieldError.FormLevel, message)]);

    private async Task<WriteOutcome> SaveAsync(AppDbContext db, OrganisationDraft draft, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new WriteOutcome.Done();
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception, NameIndex))
        {
            return new WriteOutcome.Invalid([new FieldError(nameof(OrganisationDraft.Name), text["Validation_OrganisationNameUsed", draft.Name.Trim()])]);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception, CountryIndex))
        {
            return new WriteOutcome.Invalid([new FieldError(nameof(OrganisationDraft.CountryCode), text["Validation_CountryCodeUsed", draft.CountryCode?.Trim().ToUpperInvariant() ?? string.Empty])]);
        }
    }

    private async Task<WriteOutcome> WriteAsync(OrganisationDraft draft, string operation, Func<AppDbContext, Task<WriteOutcome>> write, CancellationToken cancellationToken, bool checkKind = true)
    {
        if (await MayNotAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var validation = await validator.ValidateAsync(draft, options => options.IncludeProperties(checkKind ? [nameof(OrganisationDraft.Name), nameof(OrganisationDraft.ShortName), nameof(OrganisationDraft.Kind), nameof(OrganisationDraft.CountryCode)] : [nameof(OrganisationDraft.Name), nameof(OrganisationDraft.ShortName)]), cancellationToken);
        if (!validation.IsValid)
        {
            return new WriteOutcome.Invalid(FieldError.From(validation));
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            try
            {
                return await write(db);
            }
            catch (DomainRuleException refusal)
            {
                return new WriteOutcome.Invalid([new FieldError(refusal.Rule.StartsWith("organisation.country-code", StringComparison.Ordinal) ? nameof(OrganisationDraft.CountryCode) : nameof(OrganisationDraft.Name), refusal.Message)]);
            }
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, operation));
        }
    }
}
