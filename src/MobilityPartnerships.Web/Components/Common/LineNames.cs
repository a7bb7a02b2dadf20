using System.Globalization;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// Which line of a list a form repeats (funding lines, contact points, indicators, partners): its number, and its name
/// once it has one ("2", "1: Ana Contact"). Every line's fields have the same labels, so the line's group
/// (<see cref="RepeatedLine"/>) and its remove button are named by it.
/// </summary>
public static class LineNames
{
    public static string Line(this IStringLocalizer<Strings> localizer, int number, string? name)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var written = number.ToString(CultureInfo.CurrentCulture);
        return string.IsNullOrWhiteSpace(name) ? written : localizer["Editing_LineNamed", written, name.Trim()];
    }
}
