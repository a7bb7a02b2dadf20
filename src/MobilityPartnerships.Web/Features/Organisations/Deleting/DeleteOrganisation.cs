using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Organisations.Deleting;

/// <summary>
/// Deletes an organisation that nothing refers to. Member States are reference data and are not deleted; an
/// organisation still referred to is refused with what refers to it.
/// </summary>
public sealed class DeleteOrganisation(Writes writes, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ExecuteAsync(Guid id, CancellationToken cancellationToken) =>
        writes.RunAsync(
            new Write<Organisation>
            {
                What = "delete organisation",
                Access = (access, ct) => access.CheckAsync(Operation.ManageOrganisations, ct),
                Load = (db, ct) => db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct),
                Apply = DeleteAsync,
                Constraints = [ConstraintRefusal.StillReferenced(() => FormError(text["Delete_RefusedReferenced"]))],
            },
            cancellationToken);

    private async Task<WriteOutcome> DeleteAsync(Change<Organisation> change, CancellationToken cancellationToken)
    {
        var (organisation, db) = (change.Target, change.Db);
        if (organisation.Kind == OrganisationKind.MemberState)
        {
            return Refused(text["Organisation_DeleteMemberState", organisation.Name]);
        }

        var id = organisation.Id;
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
        return new WriteOutcome.Done();
    }

    private void AddUse(List<string> uses, int count, string key)
    {
        if (count > 0)
        {
            uses.Add(text[key, count]);
        }
    }

    private static FieldError FormError(string message) => new(FieldError.FormLevel, message);

    private static WriteOutcome.Invalid Refused(string message) => new([FormError(message)]);
}
