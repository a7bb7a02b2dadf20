using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Correcting;

/// <summary>A correction to approved minutes, as the focal point writes it.</summary>
public sealed class CorrigendumDraft
{
    /// <summary>
    /// Where the domain's refusals of a corrigendum show: its text's own rules, and the minutes having as many
    /// corrigenda as they take, at the text (the form's one field); the others ("meeting.corrigendum.author",
    /// "meeting.corrigendum.not-approved") above the form.
    /// </summary>
    public static RuleFields Fields { get; } = RuleFields.Of(
        ("meeting.corrigendum.required", nameof(Text)),
        ("meeting.corrigendum.too-long", nameof(Text)),
        ("meeting.corrigenda.too-many", nameof(Text)));

    public string Text { get; set; } = string.Empty;
}
