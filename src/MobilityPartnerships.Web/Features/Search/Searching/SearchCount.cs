using System.Globalization;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Search.Searching;

/// <summary>A number of results as the search page words it: the figure, or "more than" it where the search stopped counting.</summary>
public static class SearchCount
{
    public static string Of(IStringLocalizer<Strings> text, int total, bool moreThanTotal)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figure = total.ToString("N0", CultureInfo.CurrentCulture);
        return moreThanTotal ? text["Search_MoreThan", figure] : figure;
    }
}
