using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class FundingLineConfiguration : IEntityTypeConfiguration<FundingLine>
{
    public void Configure(EntityTypeBuilder<FundingLine> builder)
    {
        builder.ToTable("funding_lines", t =>
        {
            t.HasCheckConstraint("ck_funding_lines_eu_contribution_within_total", "eu_contribution IS NULL OR total_budget IS NULL OR eu_contribution <= total_budget");
            t.HasCheckConstraint("ck_funding_lines_amounts_not_negative", "(total_budget IS NULL OR total_budget >= 0) AND (eu_contribution IS NULL OR eu_contribution >= 0)");
        });
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Programme).HasMaxLength(FundingLine.ProgrammeMaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.ContributorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.Programme);
    }
}
