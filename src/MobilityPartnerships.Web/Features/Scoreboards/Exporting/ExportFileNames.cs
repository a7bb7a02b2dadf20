using System.Globalization;
using System.Text;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>The name a downloaded export is saved under: "Moldova-scoreboard-2026-11-23.xlsx", or "scoreboards-2026-11-23.xlsx" for several.</summary>
public static class ExportFileNames
{
    public static string For(ScoreboardExport export, DateOnly today, string extension)
    {
        ArgumentNullException.ThrowIfNull(export);
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return export.Partnerships.Count == 1
            ? $"{Slug(export.Partnerships[0].SheetName)}-scoreboard-{date}.{extension}"
            : $"scoreboards-{date}.{extension}";
    }

    /// <summary>Letters and digits kept, every other run of characters a single hyphen.</summary>
    private static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "partnership" : slug;
    }
}
