using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>How large an uploaded sheet may be, from the <c>Spreadsheets</c> configuration section.</summary>
public sealed class SpreadsheetLimits
{
    public const string Section = "Spreadsheets";

    /// <summary>The largest file accepted, in bytes (10 MB by default).</summary>
    [Range(1, 512L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>The most rows a sheet may hold, header included (20,000 by default).</summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 20_000;
}
