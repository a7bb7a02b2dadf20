using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.Web.Features.Search;

internal static class SearchSetup
{
    public static void AddSearch(this IServiceCollection services) => services.AddScoped<SearchEverything>();
}
