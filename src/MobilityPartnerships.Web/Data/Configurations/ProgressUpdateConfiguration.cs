using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        // Not after today either, but "today" moves: that bound stays the domain's alone.
        builder.ToTable("progress_updates", t => t.HasCheckConstraint("ck_progress_updates_reported_on_not_too_early", $"reported_on >= {BoundsInSql.Date(ProgressUpdate.EarliestDate)}"));
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Narrative).HasMaxLength(ProgressUpdate.NarrativeMaxLength);
        builder.Property(u => u.AuthorName).HasMaxLength(ProgressUpdate.AuthorMaxLength);

        // Its own record, not part of the initiative: posting an update does not conflict with someone editing the initiative.
        // An initiative with updates cannot be deleted, only archived.
        builder.HasOne<Initiative>().WithMany().HasForeignKey(u => u.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.AuthorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.InitiativeId, u.ReportedOn });
        builder.HasIndex(u => new { u.InitiativeId, u.PostedAt });
    }
}
