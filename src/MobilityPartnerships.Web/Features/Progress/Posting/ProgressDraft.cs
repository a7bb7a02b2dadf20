using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Web.Features.Progress.Posting;

/// <summary>A progress update as the user writes it.</summary>
public sealed class ProgressDraft
{
    public DateOnly? ReportedOn { get; set; }

    public ProgressRating? Rating { get; set; }

    public string Narrative { get; set; } = string.Empty;
}
