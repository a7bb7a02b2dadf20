using System.Linq.Expressions;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Features.Indicators.Details;

/// <summary>
/// A reported value as the database gives it, with who reported it: the one projection the indicator's page and an
/// initiative's read (and so the API's indicator values) take, so that both name the reporter alike — the name kept
/// with the value and their organisation's shown name in the page's language.
/// </summary>
public sealed class ReportedValueRow
{
    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    public decimal Value { get; init; }

    public string ReporterName { get; init; } = string.Empty;

    public string? ReporterOrganisation { get; init; }

    public DateTimeOffset ReportedAt { get; init; }

    /// <summary>The projection of a value, for a query over <paramref name="db"/>.</summary>
    public static Expression<Func<IndicatorValue, ReportedValueRow>> Of(AppDbContext db) => v => new ReportedValueRow
    {
        PeriodStart = v.PeriodStart,
        PeriodEnd = v.PeriodEnd,
        Value = v.Value,
        ReporterName = v.ReporterName,
        ReporterOrganisation = db.Organisations.Where(o => o.Id == v.ReporterOrganisationId)
            .Select(o => ShownNames.DisplayName(o.Name, o.ShortName, o.FrenchName, o.FrenchShortName, PageLanguage.IsFrench))
            .FirstOrDefault(),
        ReportedAt = v.ReportedAt,
    };

    public ReportedValue ToValue() => new(ReportingPeriod.Spanning(PeriodStart, PeriodEnd), Value, ReporterName, ReporterOrganisation, ReportedAt);
}
