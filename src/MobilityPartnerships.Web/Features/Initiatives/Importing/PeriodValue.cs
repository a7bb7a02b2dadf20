namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>An implementation period read from one cell; all null when to be determined.</summary>
internal sealed record PeriodValue(DateOnly? Start, DateOnly? End, int? DurationMonths, string? Note)
{
    public static PeriodValue ToBeDetermined { get; } = new(null, null, null, null);
}
