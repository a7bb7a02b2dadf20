using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    /// <summary>The unique index that keeps one value per indicator and period; a second report of a period is refused by it.</summary>
    internal const string OnePerPeriod = "ux_indicator_values_one_per_period";

    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("indicator_values", t =>
        {
            t.HasCheckConstraint("ck_indicator_values_period_end_after_start", "period_end > period_start");

            // A quarter or a half-year as ReportingPeriod counts them: any other span makes ReportingPeriod.Spanning throw on reading.
            t.HasCheckConstraint(
                "ck_indicator_values_period_is_quarter_or_half_year",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"""
                    date_part('year', period_start) BETWEEN {ReportingPeriod.EarliestYear} AND {ReportingPeriod.LatestYear} AND date_part('day', period_start) = 1
                    AND ((date_part('month', period_start) IN (1, 4, 7, 10) AND period_end = (period_start + interval '3 months')::date - 1)
                      OR (date_part('month', period_start) IN (1, 7) AND period_end = (period_start + interval '6 months')::date - 1))
                    """));
        });
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Value).HasPrecision(18, 4);
        builder.Property(v => v.ReporterName).HasMaxLength(IndicatorValue.AuthorMaxLength);
        builder.Ignore(v => v.Period);

        // Its own record, like a progress update: reporting a value does not conflict with someone editing the initiative.
        // The link to the initiative comes first, so its history is shown with the initiative.
        builder.HasOne<Initiative>().WithMany().HasForeignKey(v => v.InitiativeId).OnDelete(DeleteBehavior.Restrict);

        // An indicator with reported values cannot be removed; the editor says so before saving.
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.ReporterOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // One value per period: a second report replaces the first (see ReportIndicatorValue). A trigger (see the
        // migration IndicatorValueRules) refuses a negative value of an indicator whose unit counts things.
        builder.HasIndex(v => new { v.IndicatorId, v.PeriodEnd, v.PeriodStart }).IsUnique().HasDatabaseName(OnePerPeriod);
        builder.HasIndex(v => v.InitiativeId);
    }
}
