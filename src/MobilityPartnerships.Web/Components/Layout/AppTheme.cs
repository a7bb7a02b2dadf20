using MudBlazor;

namespace MobilityPartnerships.Web.Components.Layout;

internal static class AppTheme
{
    // Colours chosen for WCAG AA contrast, both as text on white and as white text on the colour.
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#003399",
            Secondary = "#8a6d00",
            AppbarBackground = "#003399",
            TextSecondary = "rgba(0,0,0,0.70)",
            TextDisabled = "rgba(0,0,0,0.60)",
            Success = "#1b5e20",
            Info = "#01579b",
            Warning = "#8a4b00",
            Error = "#b3261e",
        },
    };
}
