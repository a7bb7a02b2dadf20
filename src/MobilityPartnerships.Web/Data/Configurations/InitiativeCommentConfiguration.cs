using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Comments;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class InitiativeCommentConfiguration : IEntityTypeConfiguration<InitiativeComment>
{
    public void Configure(EntityTypeBuilder<InitiativeComment> builder)
    {
        builder.ToTable("initiative_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(InitiativeComment.TextMaxLength);
        builder.Property(c => c.AuthorName).HasMaxLength(InitiativeComment.AuthorMaxLength);

        // Its own record, like a progress update: commenting does not conflict with someone editing the initiative.
        builder.HasOne<Initiative>().WithMany().HasForeignKey(c => c.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.InitiativeId, c.PostedAt });
    }
}
