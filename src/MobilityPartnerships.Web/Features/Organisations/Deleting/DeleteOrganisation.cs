using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Organisations.Deleting;

/// <summary>
/// Deletes an organisation that nothing uses. Member States are reference data and are not deleted; an organisation
/// still used is refused with every use (<see cref="OrganisationUses"/>), and nothing is deleted. A record that comes to
/// use it between that check and the deletion is stopped by its foreign key, and told as such.
/// </summary>
public sealed class DeleteOrganisation(Writes writes, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var name = string.Empty;
        return writes.RunAsync(
            new Write<Organisation>
            {
                What = "delete organisation",
                Access = (access, ct) => access.CheckAsync(Operation.ManageOrganisations, ct),
                Load = (db, ct) => db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct),
                Apply = (change, ct) =>
                {
                    name = change.Target.Name;
                    return DeleteAsync(change, ct);
                },
                Constraints = [ConstraintRefusal.StillReferenced(() => FormError(text["Organisation_DeleteRefusedNowUsed", name]))],
            },
            cancellationToken);
    }

    private async Task<WriteOutcome> DeleteAsync(Change<Organisation> change, CancellationToken cancellationToken)
    {
        var (organisation, db) = (change.Target, change.Db);
        if (organisation.Kind == OrganisationKind.MemberState)
        {
            return Refused(text["Organisation_DeleteMemberState", organisation.Name]);
        }

        var uses = await OrganisationUses.OfAsync(db, organisation.Id, cancellationToken);
        if (uses.Count > 0)
        {
            return Refused(text["Organisation_DeleteRefused", organisation.Name, OrganisationUses.Told(text, uses)]);
        }

        db.Organisations.Remove(organisation);
        return new WriteOutcome.Done();
    }

    private static FieldError FormError(string message) => new(FieldError.FormLevel, message);

    private static WriteOutcome.Invalid Refused(string message) => new([FormError(message)]);
}
