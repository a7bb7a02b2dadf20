using System.Globalization;

namespace MobilityPartnerships.Web.Features.Indicators.Reporting;

/// <summary>
/// A reported indicator value as the user types it: the period ("2026 Q3", "2026 H2") and the value as text; and
/// whether the user confirmed that it replaces the value the period already has.
/// </summary>
public sealed class IndicatorValueDraft
{
    public string? Period { get; set; }

    public string? Value { get; set; }

    /// <summary>
    /// The notation <see cref="Value"/> is written in: null for the user's language (the current culture), as on the page;
    /// the invariant culture for a program's number (see <c>Api.Writing.IndicatorValueReport</c>).
    /// </summary>
    public CultureInfo? Notation { get; init; }

    /// <summary>Set once the user has been told the value the period has and confirmed the new one replaces it.</summary>
    public bool ReplaceConfirmed { get; set; }
}
