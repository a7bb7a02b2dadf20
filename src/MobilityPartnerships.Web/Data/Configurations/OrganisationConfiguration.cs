using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Organisations;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    /// <summary>
    /// The database's function giving the form two names are the same by: lower case, each run of white space as one space,
    /// trimmed ("European  commission " is "european commission"). The unique indexes below are on it, and the write path
    /// asks it, so that a form and the database cannot disagree on what is the same name.
    /// </summary>
    public const string NameKey = "mp_name_key";

    /// <summary>No two organisations have the same name (<see cref="NameKey"/>); the index is made in the migration, as EF does not model an index on an expression.</summary>
    public const string NameIndex = "ux_organisations_name_key";

    /// <summary>No two have the same French name.</summary>
    public const string FrenchNameIndex = "ux_organisations_french_name_key";

    /// <summary>No two have the same short name, so that a list or a picker never shows the same one twice.</summary>
    public const string ShortNameIndex = "ux_organisations_short_name_key";

    /// <summary>No two have the same French short name (what French pages show).</summary>
    public const string FrenchShortNameIndex = "ux_organisations_french_short_name_key";

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
        // Unique as read, not as typed: see NameIndex and the indexes beside it, made in the migration.
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.CountryCode).IsUnique().HasFilter("kind IN ('MemberState', 'ThirdCountry')").HasDatabaseName("ix_organisations_country_code_of_states");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
