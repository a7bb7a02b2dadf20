using FluentValidation;
using MobilityPartnerships.Web.Features.Organisations.Adding;
using MobilityPartnerships.Web.Features.Organisations.Deleting;
using MobilityPartnerships.Web.Features.Organisations.Listing;
using MobilityPartnerships.Web.Features.Organisations.Renaming;

namespace MobilityPartnerships.Web.Features.Organisations;

internal static class OrganisationsSetup
{
    /// <summary>The organisations list, and adding, renaming and deleting an organisation.</summary>
    public static void AddOrganisations(this IServiceCollection services)
    {
        services.AddScoped<ListOrganisations>();
        services.AddSingleton<IValidator<OrganisationDraft>, OrganisationDraftValidator>();
        services.AddScoped<AddOrganisation>();
        services.AddScoped<RenameOrganisation>();
        services.AddScoped<DeleteOrganisation>();
    }
}
