using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Web.Data.History;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class HistoryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        // Append-only: a trigger in the migration refuses UPDATE, DELETE and TRUNCATE, whatever the role.
        builder.ToTable("history_entries");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.UserName).HasMaxLength(200);
        builder.Property(h => h.Via).HasMaxLength(20);
        builder.Property(h => h.AggregateType).HasMaxLength(60);
        builder.Property(h => h.RecordType).HasMaxLength(60);
        builder.Property(h => h.RecordId).HasMaxLength(100);
        builder.Property(h => h.Field).HasMaxLength(100);
        builder.Property(h => h.ValueType).HasMaxLength(60);
        builder.Property(h => h.RecordKind).HasMaxLength(100);
        builder.HasIndex(h => new { h.AggregateType, h.AggregateId, h.OccurredAt });
        builder.HasIndex(h => h.ChangeSetId);
    }
}
