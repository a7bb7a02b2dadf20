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
        builder.HasOne<Initiative>().WithOne().HasForeignKey<InitiativeFundingSums>(s => s.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
