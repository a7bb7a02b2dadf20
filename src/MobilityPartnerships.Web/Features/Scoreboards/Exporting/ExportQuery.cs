using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.WebUtilities;
using MobilityPartnerships.Web.Features.Scoreboards.Page;

namespace MobilityPartnerships.Web.Features.Scoreboards.Exporting;

/// <summary>
/// Reads an export's address: the scoreboard page's own query string (filters, order, grouping, archived, shown
/// columns in "cols"), plus "columns=shown" (the default) or "columns=all", and for a workbook of several
/// scoreboards one "partnership" parameter per partnership. Unlike the page, which ignores what it does not
/// understand, an export refuses it: a file that silently left a filter out would be wrong without anyone seeing it.
/// </summary>
public static class ExportQuery
{
    public const string ColumnsParameter = "columns";
    public const string PartnershipParameter = "partnership";

    /// <summary>Reads the export of one partnership's scoreboard; <paramref name="problem"/> says in plain words what is wrong.</summary>
    public static bool TryParse(Guid partnershipId, string? queryString, [NotNullWhen(true)] out ExportRequest? request, [NotNullWhen(false)] out string? problem) =>
        TryParse([partnershipId], queryString, out request, out problem);

    /// <summary>Reads the export of the scoreboards named by the "partnership" parameters, one sheet each.</summary>
    public static bool TryParseMany(string? queryString, [NotNullWhen(true)] out ExportRequest? request, [NotNullWhen(false)] out string? problem)
    {
        request = null;
        var values = QueryHelpers.ParseQuery(queryString);
        var named = values.TryGetValue(PartnershipParameter, out var raw) ? raw.ToArray() : [];
        var ids = new List<Guid>();
        foreach (var value in named)
        {
            if (!Guid.TryParse(value, out var id))
            {
                problem = $"'{value}' is not a partnership's id.";
                return false;
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        if (ids.Count == 0)
        {
            problem = $"Name the partnerships to export, one '{PartnershipParameter}=<id>' each.";
            return false;
        }

        if (ids.Count > ExportRequest.MaxPartnerships)
        {
            problem = $"One workbook takes at most {ExportRequest.MaxPartnerships} partnerships; {ids.Count} were named.";
            return false;
        }

        return TryParse(ids, queryString, out request, out problem);
    }

    private static bool TryParse(List<Guid> partnershipIds, string? queryString, [NotNullWhen(true)] out ExportRequest? request, [NotNullWhen(false)] out string? problem)
    {
        request = null;
        var ignored = new List<string>();
        var view = ScoreboardView.Parse(partnershipIds[0], queryString ?? string.Empty, ignored, [ColumnsParameter, PartnershipParameter]);
        var values = QueryHelpers.ParseQuery(queryString);
        var all = false;
        if (values.TryGetValue(ColumnsParameter, out var choice))
        {
            all = choice.ToString() switch
            {
                "all" => true,
                "shown" => false,
                _ => AddIgnored(ignored, $"{ColumnsParameter}={choice}"),
            };
        }

        if (ignored.Count > 0)
        {
            problem = $"These parts of the address are not understood: {string.Join(", ", ignored)}.";
            return false;
        }

        var columns = all ? ExportColumns.All : ExportColumns.Shown(view.HiddenColumns, view.Query.GroupByPillar);
        request = new ExportRequest(partnershipIds, view.Query with { Page = 0 }, columns);
        problem = null;
        return true;
    }

    private static bool AddIgnored(List<string> ignored, string part)
    {
        ignored.Add(part);
        return false;
    }
}
