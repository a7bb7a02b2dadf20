using MobilityPartnerships.Web.Features.Work.MyWork;

namespace MobilityPartnerships.Web.Features.Work;

/// <summary>A user's own work across their partnerships: the page they land on.</summary>
internal static class WorkSetup
{
    public static void AddWork(IServiceCollection services) => services.AddScoped<GetMyWork>();
}
