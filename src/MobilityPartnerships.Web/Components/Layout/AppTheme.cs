using MudBlazor;

namespace MobilityPartnerships.Web.Components.Layout;

internal static class AppTheme
{
    // Colours chosen for AA contrast of white text on the primary colour.
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#003399",
            Secondary = "#8a6d00",
            AppbarBackground = "#003399",
            TextSecondary = "rgba(0,0,0,0.70)",
        },
    };
}
