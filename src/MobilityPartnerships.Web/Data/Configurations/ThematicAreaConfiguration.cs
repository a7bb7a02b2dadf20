using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class ThematicAreaConfiguration : IEntityTypeConfiguration<ThematicArea>
{
    public void Configure(EntityTypeBuilder<ThematicArea> builder)
    {
        builder.ToTable("thematic_areas");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(ThematicArea.NameMaxLength);
        builder.Property(t => t.FrenchName).HasMaxLength(ThematicArea.NameMaxLength);
        builder.Property(t => t.Source).HasMaxLength(200);
        builder.HasIndex(t => new { t.Pillar, t.Name }).IsUnique();
    }
}
