using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Features.Progress;

/// <summary>Settings under "Progress": after how many days without an update an initiative is flagged.</summary>
public sealed class ProgressOptions
{
    public const string Section = "Progress";

    [Range(1, 3650)]
    public int StaleAfterDays { get; set; } = 90;
}
