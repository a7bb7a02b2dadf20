using MobilityPartnerships.Web.Features.BriefingPacks.Building;
using MobilityPartnerships.Web.Features.BriefingPacks.Downloading;
using MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

namespace MobilityPartnerships.Web.Features.BriefingPacks;

/// <summary>The briefing pack's services, settings and downloads.</summary>
public static class BriefingPacksSetup
{
    public static void AddBriefingPacks(this IServiceCollection services)
    {
        services.AddOptions<BriefingPackOptions>().BindConfiguration(BriefingPackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<GetBriefingPack>();
        services.AddSingleton<PackChangeWording>();
        services.AddSingleton<PackLayout>();
        services.AddSingleton<BriefingPackPdf>();
    }

    public static void MapBriefingPacks(this IEndpointRouteBuilder endpoints) => endpoints.MapBriefingPackDownloads();
}
