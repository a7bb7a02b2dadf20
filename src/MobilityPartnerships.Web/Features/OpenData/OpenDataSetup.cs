using MobilityPartnerships.Web.Features.OpenData.Iati;

namespace MobilityPartnerships.Web.Features.OpenData;

/// <summary>The services of the open-data exports and their settings.</summary>
public static class OpenDataSetup
{
    public static void AddOpenData(this IServiceCollection services)
    {
        services.AddOptions<IatiOptions>().BindConfiguration(IatiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ExportIatiActivities>();
    }
}
