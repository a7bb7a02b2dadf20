using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.ToTable("partnerships");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(Partnership.NameMaxLength);
        builder.Property(p => p.Source).HasMaxLength(Partnership.SourceMaxLength);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.PartnerCountryId).OnDelete(DeleteBehavior.Restrict);

        builder.PrimitiveCollection<List<string>>("priorities").HasColumnName("priorities");
        builder.Ignore(p => p.Priorities);

        builder.HasMany(p => p.Participants).WithOne().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.MonitoringBodies, body =>
        {
            body.InTable("partnership_monitoring_bodies", "partnership_id");
            body.Property(b => b.Name).HasMaxLength(MonitoringBody.NameMaxLength);
            body.Property(b => b.MeetingFrequency).HasMaxLength(MonitoringBody.FrequencyMaxLength);
            body.Property(b => b.Source).HasMaxLength(Partnership.SourceMaxLength);
        });

        builder.OwnsMany(p => p.StatusChanges, change =>
        {
            change.InTable("partnership_status_changes", "partnership_id");
            change.Property(c => c.Source).HasMaxLength(Partnership.SourceMaxLength);
        });
    }
}
