using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class AccountConfiguration :
    IEntityTypeConfiguration<Account>,
    IEntityTypeConfiguration<PartnershipAssignment>,
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.Property(a => a.DisplayName).HasMaxLength(Account.DisplayNameMaxLength);
        builder.Property(a => a.ExternalProvider).HasMaxLength(60);
        builder.Property(a => a.Language).HasMaxLength(Hosting.Languages.Language.CodeMaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PartnershipAssignment> builder)
    {
        builder.ToTable("partnership_assignments");
        builder.HasKey(a => new { a.AccountId, a.PartnershipId });
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);

        // Shown in the partnership's history, but not part of it: assigning a user does not conflict with editing the partnership.
        builder.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("account_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("account_logins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("account_tokens");
}
