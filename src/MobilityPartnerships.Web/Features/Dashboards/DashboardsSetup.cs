using MobilityPartnerships.Web.Features.Dashboards.Coverage;
using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;

namespace MobilityPartnerships.Web.Features.Dashboards;

/// <summary>The dashboards' services: a partnership's figures and the coverage matrix across partnerships.</summary>
internal static class DashboardsSetup
{
    public static void AddDashboards(IServiceCollection services)
    {
        services.AddScoped<GetPartnershipDashboard>();
        services.AddScoped<GetCoverageMatrix>();
    }
}
