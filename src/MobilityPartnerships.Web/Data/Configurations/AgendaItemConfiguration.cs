using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Meetings;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    /// <summary>
    /// One open item (proposed or accepted) of a title per meeting, the title compared trimmed and in any case: an index on
    /// an expression, created by the migration AgendaItemsProposedOnce.
    /// </summary>
    public const string OpenTitleIndex = "ux_agenda_items_meeting_open_title";

    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("agenda_items", t => t.HasCheckConstraint("ck_agenda_items_position_from_one", "position >= 1"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(AgendaItem.TitleMaxLength);
        builder.Property(a => a.Note).HasMaxLength(AgendaItem.NoteMaxLength);
        builder.Property(a => a.ProposedBy).HasMaxLength(AgendaItem.AuthorMaxLength);
        builder.Property(a => a.Version).IsRowVersion();

        // Its own record: proposing an item does not conflict with the focal point editing the meeting.
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.Position });

        // Who proposed it, by account (My work finds a user's items by it, not by the name shown); null for items from before.
        builder.HasOne<Security.Accounts.Account>().WithMany().HasForeignKey(a => a.ProposedByAccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.ProposedByAccountId);
    }
}
