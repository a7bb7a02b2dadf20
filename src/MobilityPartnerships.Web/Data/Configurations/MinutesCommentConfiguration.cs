using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class MinutesCommentConfiguration : IEntityTypeConfiguration<MinutesComment>
{
    public void Configure(EntityTypeBuilder<MinutesComment> builder)
    {
        builder.ToTable("minutes_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(MinutesComment.TextMaxLength);
        builder.Property(c => c.AuthorName).HasMaxLength(MinutesComment.AuthorMaxLength);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.MeetingId, c.PostedAt });
    }
}
