using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Scoreboards;

namespace MobilityPartnerships.Web.Data.Configurations;

/// <summary>
/// A published version and its rows. The rows copy names instead of pointing at live records, so nothing links
/// them to initiatives, organisations or thematic areas; triggers (see the migration) refuse UPDATE and DELETE.
/// </summary>
internal sealed class PublishedScoreboardConfiguration : IEntityTypeConfiguration<PublishedScoreboard>
{
    public void Configure(EntityTypeBuilder<PublishedScoreboard> builder)
    {
        builder.ToTable("published_scoreboards", t => t.HasCheckConstraint("ck_published_scoreboards_number_from_one", "number >= 1"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.PartnershipName).HasMaxLength(PublishedScoreboard.NameMaxLength);
        builder.Property(p => p.PublishedBy).HasMaxLength(PublishedScoreboard.NameMaxLength);
        builder.Property(p => p.Note).HasMaxLength(PublishedScoreboard.NoteMaxLength);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PartnershipId, p.Number }).IsUnique();
        builder.Ignore(p => p.TotalBudget);
        builder.Ignore(p => p.EuContribution);

        builder.OwnsMany(p => p.Initiatives, row =>
        {
            row.ToTable("published_initiatives");
            row.WithOwner().HasForeignKey("published_scoreboard_id");
            row.HasKey("published_scoreboard_id", nameof(PublishedInitiative.InitiativeId));
            row.Property(r => r.ReferenceCode).HasMaxLength(Initiative.ReferenceCodeMaxLength);
            row.Property(r => r.Title).HasMaxLength(Initiative.TitleMaxLength);
            row.Property(r => r.Summary).HasMaxLength(Initiative.SummaryMaxLength);
            row.Property(r => r.Lead).HasMaxLength(PublishedScoreboard.NameMaxLength);
            row.Property(r => r.ResponsibleService).HasMaxLength(PublishedScoreboard.NameMaxLength);
            row.Property(r => r.Location).HasMaxLength(Initiative.LocationMaxLength);
            row.Property(r => r.Priority).HasMaxLength(Domain.Partnerships.Partnership.PriorityMaxLength);
            row.Property(r => r.Commitment).HasMaxLength(Domain.Commitments.Commitment.TextMaxLength);
            row.Property(r => r.PeriodNote).HasMaxLength(ImplementationPeriod.NoteMaxLength);
            row.PrimitiveCollection(r => r.ThematicAreas);
            row.PrimitiveCollection(r => r.ThematicAreaIds);
            row.PrimitiveCollection(r => r.Partners);
            row.PrimitiveCollection(r => r.FundingLines);
            row.Property(r => r.Facts)
                .HasColumnType("jsonb")
                .HasDefaultValueSql("'{}'::jsonb")
                .HasConversion(
                    facts => JsonSerializer.Serialize(facts, (JsonSerializerOptions?)null),
                    json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
                    new ValueComparer<IReadOnlyDictionary<string, string>>(
                        (a, b) => a!.Count == b!.Count && a.All(f => b.ContainsKey(f.Key) && b[f.Key] == f.Value),
                        facts => facts.Count,
                        facts => facts));

            // The known part stays in the columns older versions filled; those versions have no unknown parts (0).
            row.Ignore(r => r.TotalBudget);
            row.Ignore(r => r.EuContribution);
            row.Property(r => r.TotalBudgetKnown).HasColumnName("total_budget").HasPrecision(28, 2);
            row.Property(r => r.EuContributionKnown).HasColumnName("eu_contribution").HasPrecision(28, 2);
        });
        builder.Navigation(p => p.Initiatives).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
