using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("initiative_indicators", t =>
        {
            t.HasCheckConstraint("ck_initiative_indicators_target_not_before_baseline", "baseline_date IS NULL OR target_date IS NULL OR target_date >= baseline_date");
            t.HasCheckConstraint("ck_initiative_indicators_baseline_date_in_range", BoundsInSql.DayBetween("baseline_date", Indicator.EarliestDate, Indicator.LatestDate));
            t.HasCheckConstraint("ck_initiative_indicators_target_date_in_range", BoundsInSql.DayBetween("target_date", Indicator.EarliestDate, Indicator.LatestDate));

            // indicator_unit_is_count lists the words of IndicatorUnit (see the migration IndicatorValueRules).
            t.HasCheckConstraint("ck_initiative_indicators_count_not_negative", "NOT indicator_unit_is_count(unit) OR (coalesce(baseline_value, 0) >= 0 AND coalesce(target_value, 0) >= 0)");
        });
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Name).HasMaxLength(Indicator.NameMaxLength);
        builder.Property(i => i.Description).HasMaxLength(Indicator.DescriptionMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(Indicator.UnitMaxLength);
        builder.Property(i => i.MeansOfVerification).HasMaxLength(Indicator.MeansOfVerificationMaxLength);
        builder.Property(i => i.BaselineValue).HasPrecision(18, 4);
        builder.Property(i => i.TargetValue).HasPrecision(18, 4);
        builder.Ignore(i => i.Baseline);
        builder.Ignore(i => i.Target);
        builder.Ignore(i => i.Direction);
    }
}
