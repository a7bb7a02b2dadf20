using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Organisations;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations", t =>
        {
            t.HasCheckConstraint("ck_organisations_membership_order", "member_until IS NULL OR member_until >= member_from");
            t.HasCheckConstraint("ck_organisations_membership_only_member_states", "kind = 'MemberState' OR (member_from IS NULL AND member_until IS NULL)");
            t.HasCheckConstraint("ck_organisations_french_short_name_beside_name", "french_short_name IS NULL OR french_name IS NOT NULL");
        });
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.ShortName).HasMaxLength(Organisation.ShortNameMaxLength);
        builder.Property(o => o.FrenchName).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.FrenchShortName).HasMaxLength(Organisation.ShortNameMaxLength);
        builder.Property(o => o.CountryCode).HasMaxLength(Organisation.CountryCodeLength).IsFixedLength();
        builder.Ignore(o => o.DisplayName);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.CountryCode).IsUnique().HasFilter("kind IN ('MemberState', 'ThirdCountry')").HasDatabaseName("ix_organisations_country_code_of_states");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
