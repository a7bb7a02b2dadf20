using FluentValidation;
using MobilityPartnerships.Web.Features.ActionPoints.ChangingStatus;
using MobilityPartnerships.Web.Features.ActionPoints.Completing;
using MobilityPartnerships.Web.Features.ActionPoints.Listing;
using MobilityPartnerships.Web.Features.ActionPoints.Owners;
using MobilityPartnerships.Web.Features.ActionPoints.Recording;

namespace MobilityPartnerships.Web.Features.ActionPoints;

/// <summary>The action points meetings record: recording one, its owners, changing its status, completing it, and a partnership's open ones.</summary>
internal static class ActionPointsSetup
{
    public static void AddActionPoints(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<ActionPointDraft>, ActionPointDraftValidator>();
        services.AddScoped<RecordActionPoint>();
        services.AddScoped<ChangeActionPointStatus>();
        services.AddScoped<CompleteActionPoint>();
        services.AddScoped<ActionPointOwners>();
        services.AddScoped<GetOpenActionPoints>();
    }
}
