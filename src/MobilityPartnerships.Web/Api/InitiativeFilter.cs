using System.ComponentModel;
using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Api;

/// <summary>
/// The filters, order and page of <c>GET /api/v1/partnerships/{id}/initiatives</c>, as the caller wrote them: the
/// scoreboard's own, named after <see cref="ScoreboardQuery"/>. They are read as text so that a value the API does
/// not understand is answered with a message for that field, never with an error page. The filters by one field of an
/// initiative are the catalogue's (<see cref="InitiativeFields.Filters"/>), read from <see cref="Fields"/>; the
/// properties here are the others (<see cref="ScoreboardQuery.NotFieldFilters"/> says why each is not one field).
/// </summary>
public sealed class InitiativeFilter
{
    public const int DefaultPageSize = 50;

    /// <summary>The highest page number: beyond it the rows to skip would not fit in a number.</summary>
    public const int MaxPage = int.MaxValue / ScoreboardQuery.MaxPageSize;

    /// <summary>
    /// The values of the field filters, by their names ("pillar", "thematicAreaId", in any case): the endpoint fills
    /// them from the query, which binds no property per filter (a property without a setter is not bound).
    /// </summary>
    public Dictionary<string, string?> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The query parameters of the field filters, for the endpoint's description (the OpenAPI document) and its list of parameters it takes.</summary>
    public static IReadOnlyList<QueryParameterMetadata> FieldParameters { get; } =
        [.. InitiativeFields.Filters.Select(f => new QueryParameterMetadata(f.Name, f.Description, f.ValueType))];

    /// <summary>The field filters' values of a request's query.</summary>
    public void ReadFields(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var filter in InitiativeFields.Filters)
        {
            if (query.TryGetValue(filter.Name, out var value))
            {
                Fields[filter.Name] = value.ToString();
            }
        }
    }

    [FromQuery(Name = "rating")]
    [QueryValue(typeof(LatestRating))]
    [Description($"Only initiatives whose newest progress update is rated {nameof(LatestRating.OnTrack)}, {nameof(LatestRating.AtRisk)}, {nameof(LatestRating.Delayed)} or {nameof(LatestRating.Completed)}, or that have none ({nameof(LatestRating.NoUpdate)}).")]
    public string? Rating { get; set; }

    [FromQuery(Name = "needsUpdate")]
    [QueryValue(typeof(bool))]
    [Description("true for only open initiatives without a recent progress update (the configured number of days); leave it out for all. false is refused (400): there is no filter for the others.")]
    public string? NeedsUpdate { get; set; }

    [FromQuery(Name = "late")]
    [QueryValue(typeof(bool))]
    [Description("true for only initiatives past their end month and neither completed nor cancelled; leave it out for all. false is refused (400): there is no filter for the others.")]
    public string? Late { get; set; }

    [FromQuery(Name = "text")]
    [Description("Only initiatives whose title (in either language), reference code, summary or location contains this text, case and accents aside (at most 200 characters).")]
    public string? Text { get; set; }

    [FromQuery(Name = "sort")]
    [QueryValue(typeof(ScoreboardSort))]
    [Description($"The order: {nameof(ScoreboardSort.Title)} (the default), {nameof(ScoreboardSort.ReferenceCode)}, {nameof(ScoreboardSort.Pillar)}, {nameof(ScoreboardSort.Lead)}, {nameof(ScoreboardSort.Status)}, {nameof(ScoreboardSort.Start)}, {nameof(ScoreboardSort.End)}, {nameof(ScoreboardSort.TotalBudget)} or {nameof(ScoreboardSort.EuContribution)}.")]
    public string? Sort { get; set; }

    [FromQuery(Name = "descending")]
    [QueryValue(typeof(bool))]
    [Description("true for the reverse order.")]
    public string? Descending { get; set; }

    [FromQuery(Name = "includeArchived")]
    [QueryValue(typeof(bool))]
    [Description("true to include archived initiatives in the rows and totals.")]
    public string? IncludeArchived { get; set; }

    [FromQuery(Name = "page")]
    [QueryValue(typeof(int))]
    [Description("The page, from 1 (the default).")]
    public string? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    [QueryValue(typeof(int))]
    [Description("Initiatives per page, from 1 to 200; 50 by default.")]
    public string? PageSize { get; set; }

    /// <summary>
    /// The scoreboard query these filters ask for, or the messages of every field the caller got wrong, keyed by
    /// the field's name in the address. What the scoreboard's own validator refuses is reported the same way.
    /// </summary>
    public ScoreboardQuery Read(Guid partnershipId, Func<ScoreboardQuery, ValidationResult> validate, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(validate);
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = new ScoreboardQuery
        {
            PartnershipId = partnershipId,
            Text = QueryValues.ReadText(Text, "text", problems),
            Rating = QueryValues.ReadEnum<LatestRating>(Rating, "rating", problems),
            NeedsUpdate = QueryValues.ReadOnlyTrue(NeedsUpdate, "needsUpdate", problems),
            Late = QueryValues.ReadOnlyTrue(Late, "late", problems),
            Sort = QueryValues.ReadEnum<ScoreboardSort>(Sort, "sort", problems) ?? ScoreboardSort.Title,
            Descending = QueryValues.ReadFlag(Descending, "descending", problems),
            IncludeArchived = QueryValues.ReadFlag(IncludeArchived, "includeArchived", problems),
            Page = (QueryValues.ReadNumber(Page, "page", 1, MaxPage, problems) ?? 1) - 1,
            PageSize = QueryValues.ReadNumber(PageSize, "pageSize", 1, ScoreboardQuery.MaxPageSize, problems) ?? DefaultPageSize,
        };
        foreach (var filter in InitiativeFields.Filters)
        {
            query = filter.ReadFromApi(query, Fields.GetValueOrDefault(filter.Name), problems);
        }

        foreach (var failure in validate(query).Errors)
        {
            var field = InitiativeFields.FilterOf(failure.PropertyName)?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(failure.PropertyName);
            problems.TryAdd(field, [failure.ErrorMessage]);
        }

        errors = problems;
        return query;
    }
}
