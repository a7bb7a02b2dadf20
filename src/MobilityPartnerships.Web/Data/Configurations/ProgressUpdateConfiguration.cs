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
        builder.ToTable("progress_updates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Narrative).HasMaxLength(ProgressUpdate.NarrativeMaxLength);
        builder.Property(u => u.AuthorName).HasMaxLength(ProgressUpdate.AuthorMaxLength);

        // Its own record, not part of the initiative: posting an update does not conflict with someone editing the initiative.
        // An initiative with updates cannot be deleted, only archived.
        builder.HasOne<Initiative>().WithMany().HasForeignKey(u => u.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.AuthorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.InitiativeId, u.ReportedOn });
    }
}
