using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("commitments", t => t.HasCheckConstraint("ck_commitments_position_not_negative", "position >= 0"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(Commitment.TextMaxLength);
        builder.Property(c => c.Source).HasMaxLength(Commitment.SourceMaxLength);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Restrict);

        // The reconciliation lists a partnership's commitments by side, pillar and position.
        builder.HasIndex(c => new { c.PartnershipId, c.Side, c.Pillar, c.Position });
    }
}
