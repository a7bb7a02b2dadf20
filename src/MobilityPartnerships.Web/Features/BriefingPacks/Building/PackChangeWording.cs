using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>
/// A compared part of a scoreboard row in words: its label ("Status") and each value as the pages write it —
/// amounts in euro, periods as months, named values by their label, lists one after another.
/// </summary>
public sealed class PackChangeWording(IStringLocalizer<Strings> text)
{
    public string Label(ComparedField field) => text[$"Pack_Field_{field}"];

    public string Value(object? value) => value switch
    {
        null => text["Pack_None"],
        string s when s.Length == 0 => text["Pack_None"],
        string s => s,
        decimal amount => Display.Euro(amount),
        bool flag => flag ? text["Common_Yes"] : text["Common_No"],
        PeriodValue period => Period(period),
        IReadOnlyList<string> list => list.Count == 0 ? text["Pack_None"] : string.Join("; ", list),
        Enum named => text[$"{named.GetType().Name}_{named}"],
        _ => value.ToString() ?? string.Empty,
    };

    private string Period(PeriodValue period)
    {
        var months = period.StartMonth is null && period.EndMonth is null ? null : text.Months(period.StartMonth, period.EndMonth);
        return (months, period.Note) switch
        {
            (null, null) => text["Pack_None"],
            (null, { } note) => note,
            ({ } span, null) => span,
            ({ } span, { } note) => $"{span} ({note})",
        };
    }
}
