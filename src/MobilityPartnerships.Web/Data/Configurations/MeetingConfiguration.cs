using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings", t =>
        {
            t.HasCheckConstraint("ck_meetings_cancelled_by_someone", "(cancelled_at IS NULL) = (cancelled_by IS NULL)");
            t.HasCheckConstraint("ck_meetings_held_on_in_range", BoundsInSql.DayBetween("held_on", Meeting.EarliestDay, Meeting.LatestDay));
            t.HasCheckConstraint("ck_meetings_decisions_in_range", string.Create(CultureInfo.InvariantCulture, $"cardinality(decisions) <= {Meeting.MaxDecisions}"));

            // A check cannot hold a subquery, so the longest line is measured by an immutable function of the array
            // alone, created by migration MeetingMinutesBounded before this check.
            t.HasCheckConstraint("ck_meetings_decision_length_in_range", string.Create(CultureInfo.InvariantCulture, $"{BoundsInSql.LongestLineFunction}(decisions) <= {Meeting.DecisionMaxLength}"));
        });
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Title).HasMaxLength(Meeting.TitleMaxLength);
        builder.Property(m => m.Place).HasMaxLength(Meeting.PlaceMaxLength);
        builder.Property(m => m.Minutes).HasMaxLength(Meeting.MinutesMaxLength);
        builder.Property(m => m.MinutesApprovedBy).HasMaxLength(Meeting.PersonMaxLength);
        builder.Property(m => m.CancelledBy).HasMaxLength(Meeting.PersonMaxLength);
        builder.Property(m => m.CancellationReason).HasMaxLength(Meeting.CancellationReasonMaxLength);
        builder.Ignore(m => m.IsCancelled);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(m => m.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.PartnershipId, m.HeldOn });
        builder.HasIndex(m => m.HeldOn);

        builder.PrimitiveCollection<List<string>>("decisions").HasColumnName("decisions");
        builder.Ignore(m => m.Decisions);

        builder.OwnsMany(m => m.Chairs, chair =>
        {
            chair.InTable("meeting_chairs", "meeting_id");
            chair.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.OwnsMany(m => m.Participants, participant =>
        {
            participant.InTable("meeting_participants", "meeting_id");
            participant.Property(p => p.PersonName).HasMaxLength(Meeting.PersonMaxLength);
            participant.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.OwnsMany(m => m.Corrigenda, corrigendum =>
        {
            corrigendum.InTable("meeting_corrigenda", "meeting_id");
            corrigendum.Property(c => c.Text).HasMaxLength(Meeting.MinutesMaxLength);
            corrigendum.Property(c => c.IssuedBy).HasMaxLength(Meeting.PersonMaxLength);
        });
    }
}
