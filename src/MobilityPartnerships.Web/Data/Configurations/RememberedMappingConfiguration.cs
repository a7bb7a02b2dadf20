using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Web.Security.Accounts;

using MobilityPartnerships.Web.Data.Preferences;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class RememberedMappingConfiguration : IEntityTypeConfiguration<RememberedMapping>
{
    public void Configure(EntityTypeBuilder<RememberedMapping> builder)
    {
        builder.ToTable("remembered_mappings");
        builder.HasKey(m => new { m.AccountId, m.Signature });
        builder.Property(m => m.Signature).HasMaxLength(RememberedMapping.SignatureLength).IsFixedLength();
        builder.Property(m => m.Columns).HasMaxLength(4000);
        builder.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
