using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
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
    public static ScoreboardView Parse(Guid partnershipId, string queryString, List<string> ignored)
    {
        ArgumentNullException.ThrowIfNull(ignored);
        var values = QueryHelpers.ParseQuery(queryString);
        var query = new ScoreboardQuery
        {
            PartnershipId = partnershipId,
            Pillar = ParseEnum<Pillar>(values, "pillar", ignored),
            ThematicAreaId = ParseGuid(values, "area", ignored),
            Status = ParseEnum<InitiativeStatus>(values, "status", ignored),
            LeadId = ParseGuid(values, "lead", ignored),
            Programme = Text(values, "programme", Domain.Initiatives.FundingLine.ProgrammeMaxLength, ignored),
            Text = Text(values, "q", ScoreboardQuery.TextMaxLength, ignored),
            Novelty = ParseEnum<Novelty>(values, "novelty", ignored),
            Rating = ParseEnum<LatestRating>(values, "rating", ignored),
            NeedsUpdate = ParseFlag(values, "stale", ignored),
            Late = ParseFlag(values, "late", ignored),
            ContributorId = ParseGuid(values, "contributor", ignored),
            Priority = Text(values, "priority", Domain.Partnerships.Partnership.PriorityMaxLength, ignored),
            CommitmentId = ParseGuid(values, "commitment", ignored),
            Sort = ParseEnum<ScoreboardSort>(values, "sort", ignored) ?? ScoreboardSort.Title,
            Descending = values.TryGetValue("desc", out var desc) && desc == "1",
            Page = ParseInt(values, "page", ignored, value => value >= 1) is { } page ? page - 1 : 0,
            PageSize = ParseInt(values, "size", ignored, ScoreboardQuery.PageSizes.Contains) ?? 25,
            GroupByPillar = values.TryGetValue("group", out var group) && group == "pillar",
            IncludeArchived = values.TryGetValue("archived", out var archived) && archived == "include",
        };

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
    /// Leaves out each filter whose value names nothing the partnership's scoreboard offers (an area, lead, programme,
    /// contributor, priority or commitment not among <paramref name="options"/>), reporting it in
    /// <paramref name="ignored"/>: a shared link whose filter went stale says so, rather than silently showing no rows.
    /// </summary>
    public ScoreboardView WithKnownChoices(ScoreboardFilterOptions options, List<string> ignored)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ignored);
        var query = Query with
        {
            ThematicAreaId = Known(Query.ThematicAreaId, options.ThematicAreas, "area", ignored),
            LeadId = Known(Query.LeadId, options.LeadPartners, "lead", ignored),
            Programme = Known(Query.Programme, options.Programmes, "programme", ignored),
            ContributorId = Known(Query.ContributorId, options.Contributors, "contributor", ignored),
            Priority = Known(Query.Priority, options.Priorities, "priority", ignored),
            CommitmentId = Known(Query.CommitmentId, options.Commitments, "commitment", ignored),
        };
        return query == Query ? this : this with { Query = query };
    }

    private static Guid? Known(Guid? id, IReadOnlyList<FilterChoice> choices, string key, List<string> ignored) =>
        id is { } value && !choices.Any(c => c.Id == value) ? NamesNothing<Guid?>(key, value.ToString(), ignored) : id;

    private static string? Known(string? text, IReadOnlyList<string> choices, string key, List<string> ignored) =>
        text is not null && !choices.Contains(text, StringComparer.Ordinal) ? NamesNothing<string?>(key, text, ignored) : text;

    private static T NamesNothing<T>(string key, string value, List<string> ignored)
    {
        ignored.Add($"{key}={value} (names nothing in this scoreboard)");
        return default!;
    }

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
        Add("pillar", Query.Pillar?.ToString());
        Add("area", Query.ThematicAreaId?.ToString());
        Add("status", Query.Status?.ToString());
        Add("lead", Query.LeadId?.ToString());
        Add("programme", Query.Programme);
        Add("contributor", Query.ContributorId?.ToString());
        Add("priority", Query.Priority);
        Add("commitment", Query.CommitmentId?.ToString());
        Add("novelty", Query.Novelty?.ToString());
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

    /// <summary>A filter that is on with "1"; anything else but "0" or nothing is reported.</summary>
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

    private static Guid? ParseGuid(Dictionary<string, StringValues> values, string key, List<string> ignored)
    {
        if (!values.TryGetValue(key, out var raw) || StringValues.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (IdValue(raw.ToString()) is { } id)
        {
            return id;
        }

        ignored.Add($"{key}={raw}");
        return null;
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

    private static string? Text(Dictionary<string, StringValues> values, string key, int maxLength, List<string> ignored)
    {
        if (!values.TryGetValue(key, out var raw) || string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.ToString().Trim();
        if (text.Any(char.IsControl))
        {
            // PostgreSQL takes no NUL in text, and no filter value holds a tab or line break.
            ignored.Add($"{key} (a control character)");
            return null;
        }

        if (text.Length <= maxLength)
        {
            return text;
        }

        ignored.Add($"{key} (over {maxLength} characters)");
        return null;
    }
}
