using System.Globalization;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.BriefingPacks.Building;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Downloading;

/// <summary>The name a downloaded pack is saved under: "briefing-pack-Mobility-Partnership-with-Georgia-2026-11-23.pdf", the meeting's day last.</summary>
public static class BriefingPackFileNames
{
    public static string For(PackDocument pack, string extension)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return $"briefing-pack-{DownloadNames.Slug(pack.PartnershipName)}-{pack.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }
}
