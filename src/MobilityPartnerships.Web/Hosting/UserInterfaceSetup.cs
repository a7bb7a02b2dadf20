using MudBlazor.Services;

namespace MobilityPartnerships.Web.Hosting;

internal static class UserInterfaceSetup
{
    public static void AddUserInterface(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization();
    }
}
