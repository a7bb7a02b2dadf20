using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> builder)
    {
        builder.ToTable("access_tokens", t => t.HasCheckConstraint("ck_access_tokens_secret_hash_length", "octet_length(secret_hash) = 32"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(AccessToken.NameMaxLength);
        builder.Property(t => t.Prefix).HasMaxLength(20);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);

        // Every request with a token finds it by its hash.
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.AccountId);
    }
}
