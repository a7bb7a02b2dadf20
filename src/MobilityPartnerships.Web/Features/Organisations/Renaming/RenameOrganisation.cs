using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Organisations.Renaming;

/// <summary>Renames an organisation (its name and short name, in English and French); its kind and code stay as they are.</summary>
public sealed class RenameOrganisation(Writes writes, IValidator<OrganisationDraft> validator, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ExecuteAsync(Guid id, OrganisationDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<Organisation>
            {
                What = "rename organisation",
                Access = (access, ct) => access.CheckAsync(Operation.ManageOrganisations, ct),
                Validate = OrganisationWrites.Validation(validator, draft, nameof(OrganisationDraft.Name), nameof(OrganisationDraft.ShortName), nameof(OrganisationDraft.FrenchName), nameof(OrganisationDraft.FrenchShortName)),
                Load = (db, ct) => db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct),
                Apply = async (change, ct) =>
                {
                    change.Target.Rename(draft.Name, draft.ShortName);
                    change.Target.NameInFrench(draft.FrenchName, draft.FrenchShortName);
                    return await OrganisationWrites.NamesTakenAsync(change.Db, text, change.Target, ct) is { Count: > 0 } taken
                        ? new WriteOutcome.Invalid(taken)
                        : new WriteOutcome.Done();
                },
                Fields = OrganisationDraft.Refusals,
                Constraints = OrganisationWrites.Unique(text, draft),
            },
            cancellationToken);
    }
}
