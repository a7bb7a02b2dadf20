using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Organisations.Adding;

/// <summary>Adds an organisation to the list; Member States come from the reference data and are not added here.</summary>
public sealed class AddOrganisation(Writes writes, IValidator<OrganisationDraft> validator, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ExecuteAsync(OrganisationDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return writes.RunAsync(
            new Write<NewOrganisation>
            {
                What = "add organisation",
                Access = (access, ct) => access.CheckAsync(Operation.ManageOrganisations, ct),
                Validate = OrganisationWrites.Validation(validator, draft, nameof(OrganisationDraft.Name), nameof(OrganisationDraft.ShortName), nameof(OrganisationDraft.FrenchName), nameof(OrganisationDraft.FrenchShortName), nameof(OrganisationDraft.Kind), nameof(OrganisationDraft.CountryCode)),
                Load = (_, _) => Task.FromResult<NewOrganisation?>(new NewOrganisation()),
                Apply = async (change, ct) =>
                {
                    var organisation = Organisation.Create(draft.Name, draft.ShortName, draft.Kind, draft.CountryCode);
                    organisation.NameInFrench(draft.FrenchName, draft.FrenchShortName);
                    if (await OrganisationWrites.NamesTakenAsync(change.Db, text, organisation, ct) is { Count: > 0 } taken)
                    {
                        return new WriteOutcome.Invalid(taken);
                    }

                    change.Db.Organisations.Add(organisation);
                    return new WriteOutcome.Done();
                },
                Fields = OrganisationDraft.Refusals,
                Constraints = OrganisationWrites.Unique(text, draft),
            },
            cancellationToken);
    }

    /// <summary>Nothing stored is needed to add an organisation.</summary>
    private sealed record NewOrganisation;
}
