using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Scoreboards;

namespace MobilityPartnerships.Web.Data.Configurations;

/// <summary>
/// A dated correction of a published version's meeting link, beside the frozen version; like the version, a trigger
/// (see the migration PublishedMeetingCorrectionsAndCancelledMeetings) refuses UPDATE and DELETE.
/// </summary>
internal sealed class PublishedMeetingCorrectionConfiguration : IEntityTypeConfiguration<PublishedMeetingCorrection>
{
    public void Configure(EntityTypeBuilder<PublishedMeetingCorrection> builder)
    {
        builder.ToTable("published_meeting_corrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reason).HasMaxLength(PublishedMeetingCorrection.ReasonMaxLength);
        builder.Property(c => c.CorrectedBy).HasMaxLength(PublishedScoreboard.NameMaxLength);
        builder.HasOne<PublishedScoreboard>().WithMany().HasForeignKey(c => c.PublishedScoreboardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(c => c.PreviousMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PublishedScoreboardId, c.CorrectedAt });
    }
}
