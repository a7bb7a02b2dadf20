using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>
/// A scoreboard as one user sees it — filters, order, page, grouping and hidden columns — written to and
/// read from the page's query string, so that a reload or a shared link shows the same view.
/// </summary>
public sealed record ScoreboardView(ScoreboardQuery Query, IReadOnlySet<ScoreboardColumn> HiddenColumns)
{
    public static readonly IReadOnlySet<ScoreboardColumn> DefaultHidden = new HashSet<ScoreboardColumn> { ScoreboardColumn.Location };

    public bool Equals(ScoreboardView? other) =>
        other is not null && Query == other.Query && HiddenColumns.SetEquals(other.HiddenColumns);

    public override int GetHashCode() => Query.GetHashCode();

    /// <summary>Reads the view from a query string; values it does not understand are listed in <paramref name="ignored"/> and left at their defaults.</summary>
    /// <remarks>
    /// A key the view does not read is reported too (a misspelt "stauts=", "text=" for "q="), unless it is one of
    /// <paramref name="otherKeys"/>, which the caller reads itself (an export's "columns").
    /// </remarks>
    public static ScoreboardView Parse(Guid partnershipId, string queryString, List<string> ignored, IReadOnlyCollection<string>? otherKeys = null)
    {
        ArgumentNullException.ThrowIfNull(ignored);
        var values = QueryHelpers.ParseQuery(queryString);
        var reports = new List<string>();
        foreach (var (key, value) in values)
        {
            if (!OwnKeys.Contains(key) && !InitiativeFields.Filters.Any(f => string.Equals(f.Address, key, StringComparison.OrdinalIgnoreCase)) && otherKeys?.Contains(key) != true)
            {
                reports.Add($"{key}={value}");
            }
        }

        var query = new ScoreboardQuery
        {
            PartnershipId = partnershipId,
            Text = AddressValue.FilterText(values.TryGetValue("q", out var q) ? q.ToString() : null, "q", ScoreboardQuery.TextMaxLength, reports),
            Rating = ParseEnum<LatestRating>(values, "rating", reports),
            NeedsUpdate = ParseFlag(values, "stale", reports),
            Late = ParseFlag(values, "late", reports),
            Sort = ParseEnum<ScoreboardSort>(values, "sort", reports) ?? ScoreboardSort.Title,
            Descending = ParseFlag(values, "desc", reports),
            Page = ParseInt(values, "page", reports, value => value >= 1) is { } page ? page - 1 : 0,
            PageSize = ParseInt(values, "size", reports, ScoreboardQuery.PageSizes.Contains) ?? 25,
            GroupByPillar = ParseWord(values, "group", "pillar", reports),
            IncludeArchived = ParseWord(values, "archived", "include", reports),
        };
        foreach (var filter in InitiativeFields.Filters)
        {
            query = filter.ReadFromAddress(query, values.TryGetValue(filter.Address, out var raw) ? raw.ToString() : null, reports);
        }

        // Reported in the address's own order, whatever order the filters are read in.
        var keys = AddressKeys(queryString);
        ignored.AddRange(reports.OrderBy(r => keys.FindIndex(k => r.StartsWith(k, StringComparison.OrdinalIgnoreCase) && r.Length > k.Length && r[k.Length] is '=' or ' ')));

        var hidden = DefaultHidden.ToHashSet();
        if (values.TryGetValue("cols", out var cols))
        {
            // "cols" lists the visible columns; anything not listed is hidden.
            hidden = Enum.GetValues<ScoreboardColumn>().ToHashSet();
            foreach (var name in cols.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Enum.TryParse<ScoreboardColumn>(name, ignoreCase: true, out var column))
                {
                    hidden.Remove(column);
                }
                else
                {
                    ignored.Add($"cols={name}");
                }
            }
        }

        return new ScoreboardView(query, hidden);
    }

    /// <summary>
    /// Leaves out each filter whose value names nothing the partnership's scoreboard offers (an id or text filter's value
    /// not among its choices in <paramref name="options"/>), reporting it in
    /// <paramref name="ignored"/>: a shared link whose filter went stale says so, rather than silently showing no rows.
    /// </summary>
    public ScoreboardView WithKnownChoices(ScoreboardFilterOptions options, List<string> ignored)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ignored);
        var query = InitiativeFields.Filters.Aggregate(Query, (known, filter) => filter.KeepingOffered(known, options, ignored));
        return query == Query ? this : this with { Query = query };
    }

    /// <summary>Whether a filter is chosen, of a field or not (the search, the rating, "needs an update", "late").</summary>
    public bool HasFilters =>
        InitiativeFields.Filters.Any(f => f.IsChosen(Query))
        || Query is { Rating: not null } or { NeedsUpdate: true } or { Late: true } || !string.IsNullOrEmpty(Query.Text);

    /// <summary>The query without any filter chosen (order, page, grouping and archived records as they are).</summary>
    public ScoreboardQuery WithoutFilters() =>
        InitiativeFields.Filters.Aggregate(Query, (query, filter) => filter.Cleared(query)) with { Text = null, Rating = null, NeedsUpdate = false, Late = false };

    public string ToQueryString()
    {
        var values = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values.Add(new(key, value));
            }
        }

        Add("q", Query.Text);
        foreach (var filter in InitiativeFields.Filters)
        {
            Add(filter.Address, filter.ToAddress(Query));
        }

        Add("rating", Query.Rating?.ToString());
        Add("stale", Query.NeedsUpdate ? "1" : null);
        Add("late", Query.Late ? "1" : null);
        Add("group", Query.GroupByPillar ? "pillar" : null);
        Add("archived", Query.IncludeArchived ? "include" : null);
        Add("sort", Query.Sort == ScoreboardSort.Title ? null : Query.Sort.ToString());
        Add("desc", Query.Descending ? "1" : null);
        Add("page", Query.Page > 0 ? (Query.Page + 1).ToString(CultureInfo.InvariantCulture) : null);
        Add("size", Query.PageSize == 25 ? null : Query.PageSize.ToString(CultureInfo.InvariantCulture));
        if (!HiddenColumns.SetEquals(DefaultHidden))
        {
            Add("cols", string.Join(',', Enum.GetValues<ScoreboardColumn>().Where(c => !HiddenColumns.Contains(c))));
            if (!values.Exists(v => v.Key == "cols"))
            {
                values.Add(new("cols", string.Empty));
            }
        }

        return QueryString.Create(values).ToUriComponent();
    }

    /// <summary>The keys of a query string in its order.</summary>
    private static List<string> AddressKeys(string queryString) =>
        [.. queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => Uri.UnescapeDataString(p.Split('=')[0].Replace('+', ' ')))];

    private static TEnum? ParseEnum<TEnum>(Dictionary<string, StringValues> values, string key, List<string> ignored)
        where TEnum : struct, Enum
    {
        if (!values.TryGetValue(key, out var raw) || StringValues.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (EnumValue<TEnum>(raw.ToString()) is { } value)
        {
            return value;
        }

        ignored.Add($"{key}={raw}");
        return null;
    }

    /// <summary>A choice as the address and the filters' options write it: the enum member's name (not its number); null for anything else.</summary>
    public static TEnum? EnumValue<TEnum>(string? raw)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(raw, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(raw, out _) ? value : null;

    /// <summary>An organisation, area or commitment as the address and the filters' options write it; null for anything else.</summary>
    public static Guid? IdValue(string? raw) => Guid.TryParse(raw, out var id) ? id : null;

    /// <summary>The keys the view reads besides its filters' own.</summary>
    private static readonly HashSet<string> OwnKeys = new(StringComparer.OrdinalIgnoreCase) { "q", "rating", "stale", "late", "sort", "desc", "page", "size", "group", "archived", "cols" };

    /// <summary>Whether <paramref name="key"/> holds <paramref name="word"/>; absent or empty is no, anything else is reported.</summary>
    private static bool ParseWord(Dictionary<string, StringValues> values, string key, string word, List<string> ignored)
    {
        if (!values.TryGetValue(key, out var raw) || StringValues.IsNullOrEmpty(raw))
        {
            return false;
        }

        if (raw == word)
        {
            return true;
        }

        ignored.Add($"{key}={raw}");
        return false;
    }

    /// <summary>A flag that is on with "1"; anything else but "0" or nothing is reported.</summary>
    private static bool ParseFlag(Dictionary<string, StringValues> values, string key, List<string> ignored)
    {
        if (!values.TryGetValue(key, out var raw) || StringValues.IsNullOrEmpty(raw) || raw == "0")
        {
            return false;
        }

        if (raw == "1")
        {
            return true;
        }

        ignored.Add($"{key}={raw}");
        return false;
    }

    private static int? ParseInt(Dictionary<string, StringValues> values, string key, List<string> ignored, Func<int, bool> allowed)
    {
        if (!values.TryGetValue(key, out var raw) || StringValues.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (int.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && allowed(number))
        {
            return number;
        }

        ignored.Add($"{key}={raw}");
        return null;
    }

}
