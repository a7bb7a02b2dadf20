using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Data.Mail;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class MailConfiguration : IEntityTypeConfiguration<MailMessage>, IEntityTypeConfiguration<MailOptOut>
{
    public void Configure(EntityTypeBuilder<MailMessage> builder)
    {
        builder.ToTable("mail_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Key).HasMaxLength(MailMessage.KeyMaxLength);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.ToAddress).HasMaxLength(MailMessage.AddressMaxLength);
        builder.Property(m => m.ToName).HasMaxLength(Account.DisplayNameMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(MailMessage.SubjectMaxLength);
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(2000);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);

        // The sender's question: what is due now.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("next_attempt_at IS NOT NULL");
        builder.HasIndex(m => new { m.AccountId, m.Kind, m.CreatedAt });
        builder.HasIndex(m => m.CreatedAt);
    }

    public void Configure(EntityTypeBuilder<MailOptOut> builder)
    {
        builder.ToTable("mail_opt_outs");
        builder.HasKey(o => new { o.AccountId, o.PartnershipId });
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(o => o.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
