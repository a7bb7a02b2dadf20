using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Editing;

/// <summary>
/// The steps of a partnership's life: status changes, the signature, accessions and withdrawals, archiving.
/// Each runs the form's rules again, then the domain's, against the version the user saw: a partnership
/// changed by someone else in between is not written, and the user is told who changed it.
/// </summary>
public sealed class EditPartnership(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<StatusChangeDraft> statusRules,
    IValidator<SignatureDraft> signatureRules,
    IValidator<ParticipantDraft> participantRules,
    IValidator<WithdrawalDraft> withdrawalRules,
    IValidator<NewPartnershipDraft> newRules,
    IValidator<PartnershipDetailsDraft> detailsRules,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.Strings> text,
    Security.Access.AccessControl access,
    ILogger<EditPartnership> logger)
{
    private const string NameIndex = "ix_partnerships_name";

    public async Task<WriteOutcome> OpenAsync(NewPartnershipDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await access.CheckAsync(Domain.Access.Operation.CreatePartnership, cancellationToken) is Security.Access.AccessDecision.Refused refused)
        {
            return new WriteOutcome.Refused(refused.Message);
        }

        var validation = await newRules.ValidateAsync(draft, cancellationToken);
        if (!validation.IsValid)
        {
            return new WriteOutcome.Invalid(FieldError.From(validation));
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var country = draft.PartnerCountryId is { } countryId ? await db.Organisations.SingleOrDefaultAsync(o => o.Id == countryId, cancellationToken) : null;
            Partnership partnership;
            try
            {
                partnership = Partnership.Open(draft.Name, draft.Kind, country, draft.Status, draft.Since, draft.Source);
            }
            catch (DomainRuleException refusal)
            {
                var field = refusal.Rule.StartsWith("partnership.partner-country", StringComparison.Ordinal) ? nameof(NewPartnershipDraft.PartnerCountryId)
                    : refusal.Rule.StartsWith("partnership.status", StringComparison.Ordinal) ? nameof(NewPartnershipDraft.Status)
                    : nameof(NewPartnershipDraft.Name);
                return new WriteOutcome.Invalid([new FieldError(field, refusal.Message)]);
            }

            db.Partnerships.Add(partnership);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception, NameIndex))
            {
                return new WriteOutcome.Invalid([new FieldError(nameof(NewPartnershipDraft.Name), text["Validation_PartnershipNameUsed", draft.Name.Trim()])]);
            }

            return new WriteOutcome.Created(partnership.Id);
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "open partnership"));
        }
    }

    public Task<WriteOutcome> ChangeStatusAsync(Guid partnershipId, uint version, StatusChangeDraft draft, CancellationToken cancellationToken) =>
        WriteAsync(partnershipId, version, statusRules, draft, nameof(StatusChangeDraft.On), (partnership, _) =>
        {
            partnership.ChangeStatus(draft.Status!.Value, draft.On, draft.Source, draft.Precision);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WriteOutcome> RecordSignatureAsync(Guid partnershipId, uint version, SignatureDraft draft, CancellationToken cancellationToken) =>
        WriteAsync(partnershipId, version, signatureRules, draft, nameof(SignatureDraft.SignedOn), (partnership, _) =>
        {
            partnership.RecordSignature(draft.SignedOn!.Value, draft.Source, draft.Precision);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WriteOutcome> AddParticipantAsync(Guid partnershipId, uint version, ParticipantDraft draft, CancellationToken cancellationToken) =>
        WriteAsync(partnershipId, version, participantRules, draft, nameof(ParticipantDraft.JoinedOn), async (partnership, db) =>
        {
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == draft.OrganisationId, cancellationToken)
                ?? throw new DomainRuleException("participant.organisation.unknown", "That organisation is not in the list.");
            _ = draft.Basis switch
            {
                ParticipationBasis.OriginalSignatory => partnership.RecordOriginalSignatory(organisation, draft.Source),
                ParticipationBasis.Accession => partnership.RecordAccession(organisation, draft.JoinedOn, draft.Source),
                _ => partnership.AddParticipant(organisation, draft.JoinedOn, draft.Source),
            };
        }, cancellationToken);

    public Task<WriteOutcome> RecordWithdrawalAsync(Guid partnershipId, uint version, WithdrawalDraft draft, CancellationToken cancellationToken) =>
        WriteAsync(partnershipId, version, withdrawalRules, draft, nameof(WithdrawalDraft.LeftOn), (partnership, _) =>
        {
            partnership.RecordWithdrawal(draft.OrganisationId, draft.LeftOn!.Value);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WriteOutcome> ReviseAsync(Guid partnershipId, uint version, PartnershipDetailsDraft draft, CancellationToken cancellationToken) =>
        WriteAsync(partnershipId, version, detailsRules, draft, nameof(PartnershipDetailsDraft.ExploratoryTalksDeadline), async (partnership, db) =>
        {
            partnership.Rename(draft.Name);
            partnership.SetExploratoryTalksDeadline(draft.ExploratoryTalksDeadline);
            if (!partnership.Priorities.SequenceEqual(draft.PriorityLines))
            {
                partnership.ReplacePriorities(draft.PriorityLines);
            }

            var name = draft.Name.Trim();
            if (await db.Partnerships.AnyAsync(p => p.Name == name && p.Id != partnershipId, cancellationToken))
            {
                throw new DomainRuleException("partnership.name.used", text["Validation_PartnershipNameUsed", name]);
            }
        }, cancellationToken);

    public Task<WriteOutcome> ArchiveAsync(Guid partnershipId, uint version, bool archive, CancellationToken cancellationToken) =>
        WriteAsync(partnershipId, version, null, archive, FieldError.FormLevel, (partnership, _) =>
        {
            if (archive)
            {
                partnership.Archive();
            }
            else
            {
                partnership.Restore();
            }

            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<WriteOutcome> WriteAsync<TDraft>(
        Guid partnershipId,
        uint version,
        IValidator<TDraft>? rules,
        TDraft draft,
        string dateField,
        Func<Partnership, AppDbContext, Task> apply,
        CancellationToken cancellationToken)
    {
        if (await access.CheckPartnershipAsync(Domain.Access.Operation.EditPartnership, partnershipId, cancellationToken) is Security.Access.AccessDecision.Refused refused)
        {
            return new WriteOutcome.Refused(refused.Message);
        }

        if (rules is not null)
        {
            var validation = await rules.ValidateAsync(draft, cancellationToken);
            if (!validation.IsValid)
            {
                return new WriteOutcome.Invalid(FieldError.From(validation));
            }
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var partnership = await db.Partnerships.Include(p => p.Participants).SingleOrDefaultAsync(p => p.Id == partnershipId, cancellationToken);
            if (partnership is null)
            {
                return new WriteOutcome.NotFound();
            }

            if (partnership.Version != version)
            {
                return await StaleAsync(db, partnershipId, cancellationToken);
            }

            db.Entry(partnership).Property(p => p.Version).OriginalValue = version;
            try
            {
                await apply(partnership, db);
            }
            catch (DomainRuleException refusal)
            {
                return new WriteOutcome.Invalid([new FieldError(FieldOf(refusal.Rule, dateField), refusal.Message)]);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return await StaleAsync(db, partnershipId, cancellationToken);
            }

            return new WriteOutcome.Done();
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "edit partnership"));
        }
    }

    /// <summary>Rules about dates show at the date field, rules about who at the organisation field, the rest above the form.</summary>
    private static string FieldOf(string rule, string dateField) => rule switch
    {
        "participant.duplicate" or "participant.organisation.unknown" => nameof(ParticipantDraft.OrganisationId),
        _ when rule.StartsWith("partnership.name", StringComparison.Ordinal) => nameof(PartnershipDetailsDraft.Name),
        _ when rule.StartsWith("partnership.priorit", StringComparison.Ordinal) => nameof(PartnershipDetailsDraft.Priorities),
        _ when rule.Contains("before", StringComparison.Ordinal) || rule.Contains("out-of-order", StringComparison.Ordinal)
            || rule.Contains("not-member", StringComparison.Ordinal) || rule.Contains("month-not-first-day", StringComparison.Ordinal) => dateField,
        _ => FieldError.FormLevel,
    };

    private static async Task<WriteOutcome> StaleAsync(AppDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        var id = partnershipId.ToString();
        var last = await db.History.AsNoTracking()
            .Where(h => h.AggregateType == nameof(Partnership) && h.AggregateId == id)
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.UserName, h.OccurredAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new WriteOutcome.Stale(last?.UserName, last?.OccurredAt);
    }
}
