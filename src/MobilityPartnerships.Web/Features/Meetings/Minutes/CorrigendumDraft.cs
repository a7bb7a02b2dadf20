namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>A correction to approved minutes, as the focal point writes it.</summary>
public sealed class CorrigendumDraft
{
    public string Text { get; set; } = string.Empty;
}
