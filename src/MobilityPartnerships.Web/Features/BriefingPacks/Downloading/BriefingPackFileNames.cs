using System.Globalization;
using System.Text;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Downloading;

/// <summary>The name a downloaded pack is saved under: "briefing-pack-Mobility-Partnership-with-Georgia-2026-11-23.pdf", the meeting's day last.</summary>
public static class BriefingPackFileNames
{
    private const int MaxSlugLength = 80;

    public static string For(PackDocument pack, string extension)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return $"briefing-pack-{Slug(pack.PartnershipName)}-{pack.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }

    /// <summary>Letters and digits kept, every other run of characters a single hyphen, at most 80 characters.</summary>
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

        var slug = builder.ToString(0, Math.Min(builder.Length, MaxSlugLength)).Trim('-');
        return slug.Length == 0 ? "partnership" : slug;
    }
}
