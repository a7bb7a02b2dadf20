using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class ActionPointConfiguration : IEntityTypeConfiguration<ActionPoint>
{
    public void Configure(EntityTypeBuilder<ActionPoint> builder)
    {
        builder.ToTable("action_points", t => t.HasCheckConstraint("ck_action_points_due_on_in_range", BoundsInSql.DayBetween("due_on", Meeting.EarliestDay, Meeting.LatestDay)));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Text).HasMaxLength(ActionPoint.TextMaxLength);
        builder.Property(a => a.OwnerPerson).HasMaxLength(ActionPoint.OwnerMaxLength);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Security.Accounts.Account>().WithMany().HasForeignKey(a => a.OwnerAccountId).OnDelete(DeleteBehavior.Restrict);

        // A user's own page lists the open action points their account owns.
        builder.HasIndex(a => new { a.OwnerAccountId, a.Status });

        // The partnership page lists its open action points by due date.
        builder.HasIndex(a => new { a.PartnershipId, a.Status, a.DueOn });
    }
}
