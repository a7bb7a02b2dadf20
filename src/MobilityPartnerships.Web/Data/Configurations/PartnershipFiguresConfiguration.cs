using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Data.Figures;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class PartnershipFiguresConfiguration : IEntityTypeConfiguration<PartnershipFigures>
{
    public void Configure(EntityTypeBuilder<PartnershipFigures> builder)
    {
        builder.ToTable("partnership_figures");
        builder.HasKey(f => new { f.PartnershipId, f.Pillar, f.IsShareable, f.IsArchived });
        // Sums of many amounts, each of them numeric(18,2).
        builder.Property(f => f.TotalBudgetKnown).HasPrecision(28, 2);
        builder.Property(f => f.EuContributionKnown).HasPrecision(28, 2);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(f => f.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
