using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Data.Figures;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class InitiativeFundingSumsConfiguration : IEntityTypeConfiguration<InitiativeFundingSums>
{
    public void Configure(EntityTypeBuilder<InitiativeFundingSums> builder)
    {
        builder.ToTable("initiative_funding_sums");
        builder.HasKey(s => s.InitiativeId);
        // Sums of an initiative's lines, each of them numeric(18,2): two lines near the most a line may hold add up past it.
        builder.Property(s => s.TotalBudgetKnown).HasPrecision(28, 2);
        builder.Property(s => s.EuContributionKnown).HasPrecision(28, 2);
        builder.HasOne<Initiative>().WithOne().HasForeignKey<InitiativeFundingSums>(s => s.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
