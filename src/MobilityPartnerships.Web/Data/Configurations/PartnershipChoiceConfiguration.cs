using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Data.Figures;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class PartnershipChoiceConfiguration : IEntityTypeConfiguration<PartnershipChoice>
{
    public void Configure(EntityTypeBuilder<PartnershipChoice> builder)
    {
        builder.ToTable("partnership_choices");
        builder.HasNoKey();
        builder.Property(c => c.Filter).HasMaxLength(40);
        // One row per value: the triggers add to its uses (ON CONFLICT on this index, where a null id or text is one value).
        builder.HasIndex(c => new { c.PartnershipId, c.IsShareable, c.Filter, c.ChoiceId, c.ChoiceText }).IsUnique().AreNullsDistinct(false).HasDatabaseName("ux_partnership_choices_value");
        builder.HasOne<Partnership>().WithMany().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
