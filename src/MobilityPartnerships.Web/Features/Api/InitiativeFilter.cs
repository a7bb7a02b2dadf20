using System.ComponentModel;
using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.Web.Features.Api;

/// <summary>
/// The filters, order and page of <c>GET /api/v1/partnerships/{id}/initiatives</c>, as the caller wrote them: the
/// scoreboard's own, named after <see cref="ScoreboardQuery"/>. They are read as text so that a value the API does
/// not understand is answered with a message for that field, never with an error page.
/// </summary>
public sealed class InitiativeFilter
{
    public const int DefaultPageSize = 50;

    /// <summary>The highest page number: beyond it the rows to skip would not fit in a number.</summary>
    public const int MaxPage = int.MaxValue / ScoreboardQuery.MaxPageSize;

    [FromQuery(Name = "pillar")]
    [QueryValue(typeof(Domain.Pillars.Pillar))]
    [Description($"Only initiatives of this pillar: {nameof(Domain.Pillars.Pillar.LegalMigration)}, {nameof(Domain.Pillars.Pillar.MigrationAndDevelopment)}, {nameof(Domain.Pillars.Pillar.IllegalMigration)} or {nameof(Domain.Pillars.Pillar.InternationalProtectionAndAsylum)}.")]
    public string? Pillar { get; set; }

    [FromQuery(Name = "status")]
    [QueryValue(typeof(InitiativeStatus))]
    [Description($"Only initiatives with this status: {nameof(InitiativeStatus.Proposed)}, {nameof(InitiativeStatus.Planned)}, {nameof(InitiativeStatus.Ongoing)}, {nameof(InitiativeStatus.Completed)} or {nameof(InitiativeStatus.Cancelled)}.")]
    public string? Status { get; set; }

    [FromQuery(Name = "thematicAreaId")]
    [QueryValue(typeof(Guid))]
    [Description("Only initiatives in this thematic area (its id).")]
    public string? ThematicAreaId { get; set; }

    [FromQuery(Name = "leadId")]
    [QueryValue(typeof(Guid))]
    [Description("Only initiatives led by this organisation (its id).")]
    public string? LeadId { get; set; }

    [FromQuery(Name = "programme")]
    [Description("Only initiatives with a funding line of this programme (its exact name).")]
    public string? Programme { get; set; }

    [FromQuery(Name = "novelty")]
    [QueryValue(typeof(Domain.Initiatives.Novelty))]
    [Description($"Only initiatives that are {nameof(Domain.Initiatives.Novelty.New)}, {nameof(Domain.Initiatives.Novelty.AlreadyPlanned)} or where that is {nameof(Domain.Initiatives.Novelty.NotStated)}.")]
    public string? Novelty { get; set; }

    [FromQuery(Name = "rating")]
    [QueryValue(typeof(LatestRating))]
    [Description($"Only initiatives whose newest progress update is rated {nameof(LatestRating.OnTrack)}, {nameof(LatestRating.AtRisk)}, {nameof(LatestRating.Delayed)} or {nameof(LatestRating.Completed)}, or that have none ({nameof(LatestRating.NoUpdate)}).")]
    public string? Rating { get; set; }

    [FromQuery(Name = "needsUpdate")]
    [QueryValue(typeof(bool))]
    [Description("true for only open initiatives without a recent progress update (the configured number of days).")]
    public string? NeedsUpdate { get; set; }

    [FromQuery(Name = "late")]
    [QueryValue(typeof(bool))]
    [Description("true for only initiatives past their end month and neither completed nor cancelled.")]
    public string? Late { get; set; }

    [FromQuery(Name = "contributorId")]
    [QueryValue(typeof(Guid))]
    [Description("Only initiatives with a funding line from this contributing organisation (its id).")]
    public string? ContributorId { get; set; }

    [FromQuery(Name = "priority")]
    [Description("Only initiatives serving this priority of the partner country (its exact text, as the partnership lists it).")]
    public string? Priority { get; set; }

    [FromQuery(Name = "commitment")]
    [QueryValue(typeof(Guid))]
    [Description("Only initiatives carrying out this commitment of the joint declaration (its id).")]
    public string? Commitment { get; set; }

    [FromQuery(Name = "text")]
    [Description("Only initiatives whose title (in either language), reference code, summary or location contains this text, in any case (at most 200 characters).")]
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
            Pillar = QueryValues.ReadEnum<Pillar>(Pillar, "pillar", problems),
            Status = QueryValues.ReadEnum<InitiativeStatus>(Status, "status", problems),
            ThematicAreaId = QueryValues.ReadId(ThematicAreaId, "thematicAreaId", problems),
            LeadId = QueryValues.ReadId(LeadId, "leadId", problems),
            Programme = QueryValues.ReadText(Programme, "programme", problems),
            Text = QueryValues.ReadText(Text, "text", problems),
            Novelty = QueryValues.ReadEnum<Novelty>(Novelty, "novelty", problems),
            Rating = QueryValues.ReadEnum<LatestRating>(Rating, "rating", problems),
            NeedsUpdate = QueryValues.ReadFlag(NeedsUpdate, "needsUpdate", problems),
            Late = QueryValues.ReadFlag(Late, "late", problems),
            ContributorId = QueryValues.ReadId(ContributorId, "contributorId", problems),
            Priority = QueryValues.ReadText(Priority, "priority", problems),
            CommitmentId = QueryValues.ReadId(Commitment, "commitment", problems),
            Sort = QueryValues.ReadEnum<ScoreboardSort>(Sort, "sort", problems) ?? ScoreboardSort.Title,
            Descending = QueryValues.ReadFlag(Descending, "descending", problems),
            IncludeArchived = QueryValues.ReadFlag(IncludeArchived, "includeArchived", problems),
            Page = (QueryValues.ReadNumber(Page, "page", 1, MaxPage, problems) ?? 1) - 1,
            PageSize = QueryValues.ReadNumber(PageSize, "pageSize", 1, ScoreboardQuery.MaxPageSize, problems) ?? DefaultPageSize,
        };

        foreach (var failure in validate(query).Errors)
        {
            var field = JsonNamingPolicy.CamelCase.ConvertName(failure.PropertyName);
            problems.TryAdd(field, [failure.ErrorMessage]);
        }

        errors = problems;
        return query;
    }
}
