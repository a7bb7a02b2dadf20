using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Data.Preferences;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class RememberedNameConfiguration : IEntityTypeConfiguration<RememberedName>
{
    public void Configure(EntityTypeBuilder<RememberedName> builder)
    {
        builder.ToTable("remembered_names");
        builder.HasKey(n => new { n.AccountId, n.NameKey });
        builder.Property(n => n.NameKey).HasMaxLength(RememberedName.NameKeyMaxLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(n => n.AccountId).OnDelete(DeleteBehavior.Cascade);

        // An answer naming an organisation that is removed is forgotten with it.
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
