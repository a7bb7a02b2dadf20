using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Organisations;

/// <summary>What adding and renaming an organisation share: the draft's rules for the fields they take, and the names and codes the database keeps unique.</summary>
internal static class OrganisationWrites
{
    private const string NameIndex = "ix_organisations_name";
    private const string CountryIndex = "ix_organisations_country_code_of_states";

    /// <summary>The draft's rules for the given fields only (renaming does not change the kind or the code).</summary>
    public static Func<CancellationToken, Task<FluentValidation.Results.ValidationResult>> Validation(IValidator<OrganisationDraft> validator, OrganisationDraft draft, params string[] fields) =>
        cancellationToken => validator.ValidateAsync(draft, options => options.IncludeProperties(fields), cancellationToken);

    /// <summary>A name already in the list, told at the name; a country's code already used, at the code.</summary>
    public static IReadOnlyList<ConstraintRefusal> Unique(IStringLocalizer<Strings> text, OrganisationDraft draft) =>
    [
        ConstraintRefusal.Unique(NameIndex, () => new FieldError(nameof(OrganisationDraft.Name), text["Validation_OrganisationNameUsed", draft.Name.Trim()])),
        ConstraintRefusal.Unique(CountryIndex, () => new FieldError(nameof(OrganisationDraft.CountryCode), text["Validation_CountryCodeUsed", draft.CountryCode?.Trim().ToUpperInvariant() ?? string.Empty])),
    ];
}
