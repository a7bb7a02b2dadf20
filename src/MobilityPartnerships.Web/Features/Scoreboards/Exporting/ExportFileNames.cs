using System.Globalization;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>The name a downloaded export is saved under: "Moldova-scoreboard-2026-11-23.xlsx", or "scoreboards-2026-11-23.xlsx" for several.</summary>
public static class ExportFileNames
{
    public static string For(ScoreboardExport export, DateOnly today, string extension)
    {
        ArgumentNullException.ThrowIfNull(export);
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return export.Partnerships.Count == 1
            ? $"{DownloadNames.Slug(export.Partnerships[0].SheetName)}-scoreboard-{date}.{extension}"
            : $"scoreboards-{date}.{extension}";
    }
}
