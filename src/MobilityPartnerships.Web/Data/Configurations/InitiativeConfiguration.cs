using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Signatories;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ToTable("initiatives", t =>
        {
            t.HasCheckConstraint("ck_initiatives_period_end_after_start", "period_end_month IS NULL OR period_start_month IS NULL OR period_end_month >= period_start_month");

            // The months an initiative can run in, and the months it was announced for (migration DatesWithinTheProductsYears).
            t.HasCheckConstraint("ck_initiatives_period_start_month_in_range", BoundsInSql.MonthBetween("period_start_month", ImplementationPeriod.EarliestMonth, ImplementationPeriod.LatestMonth));
            t.HasCheckConstraint("ck_initiatives_period_end_month_in_range", BoundsInSql.MonthBetween("period_end_month", ImplementationPeriod.EarliestMonth, ImplementationPeriod.LatestMonth));
            t.HasCheckConstraint("ck_initiatives_period_duration_in_range", BoundsInSql.NumberBetween("period_duration_months", 1, ImplementationPeriod.MaxDurationMonths));
            t.HasCheckConstraint("ck_initiatives_announced_start_month_in_range", BoundsInSql.MonthBetween("announced_start_month", ImplementationPeriod.EarliestMonth, ImplementationPeriod.LatestMonth));
            t.HasCheckConstraint("ck_initiatives_announced_end_month_in_range", BoundsInSql.MonthBetween("announced_end_month", ImplementationPeriod.EarliestMonth, ImplementationPeriod.LatestMonth));
            t.HasCheckConstraint("ck_initiatives_announced_end_after_start", "announced_end_month IS NULL OR announced_start_month IS NULL OR announced_end_month >= announced_start_month");
        });
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ReferenceCode).HasMaxLength(Initiative.ReferenceCodeMaxLength);
        builder.Property(i => i.Title).HasMaxLength(Initiative.TitleMaxLength);
        builder.Property(i => i.SecondLanguageTitle).HasMaxLength(Initiative.SecondLanguageTitleMaxLength);
        builder.Property(i => i.Summary).HasMaxLength(Initiative.SummaryMaxLength);
        builder.Property(i => i.ExpectedResults).HasMaxLength(Initiative.ExpectedResultsMaxLength);
        builder.Property(i => i.Location).HasMaxLength(Initiative.LocationMaxLength);
        builder.Property(i => i.Source).HasMaxLength(Initiative.SourceMaxLength);
        builder.Property(i => i.Priority).HasMaxLength(Partnership.PriorityMaxLength);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Ignore(i => i.TotalBudget);
        builder.Ignore(i => i.EuContribution);

        // The texts the scoreboard's text filter looks in, folded (case and accents aside) and kept by the database.
        builder.Property<string>(FoldedText.InitiativeFilterText).HasColumnName("filter_text").IsRequired()
            .HasComputedColumnSql(FoldedText.InitiativeFilterTextSql, stored: true);

        builder.HasOne<Partnership>().WithMany().HasForeignKey(i => i.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.PartnershipId, i.ReferenceCode }).IsUnique();

        // The lead partner must take part in the partnership: the foreign key points at the participant row.
        builder.HasOne<Participant>().WithMany()
            .HasForeignKey(i => new { i.PartnershipId, i.LeadOrganisationId })
            .HasPrincipalKey(p => new { p.PartnershipId, p.OrganisationId })
            .HasConstraintName("fk_initiatives_lead_is_participant")
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.ResponsibleServiceId).OnDelete(DeleteBehavior.Restrict);

        // Indexes for the scoreboard's filters and sorts.
        builder.HasIndex(i => new { i.PartnershipId, i.Pillar });
        builder.HasOne<Domain.Commitments.Commitment>().WithMany().HasForeignKey(i => i.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.CommitmentId);
        builder.HasIndex(i => new { i.PartnershipId, i.Priority });
        builder.HasIndex(i => new { i.PartnershipId, i.Status });
        builder.HasIndex(i => new { i.PartnershipId, i.Title });

        builder.OwnsOne(i => i.Period, period =>
        {
            period.Property(p => p.StartMonth).HasColumnName("period_start_month");
            period.Property(p => p.EndMonth).HasColumnName("period_end_month");
            period.Property(p => p.DurationMonths).HasColumnName("period_duration_months");
            period.Property(p => p.Note).HasColumnName("period_note").HasMaxLength(ImplementationPeriod.NoteMaxLength);
        });
        builder.Navigation(i => i.Period).IsRequired();
        builder.Property(i => i.AnnouncedStartMonth).HasColumnName("announced_start_month");
        builder.Property(i => i.AnnouncedEndMonth).HasColumnName("announced_end_month");

        builder.OwnsMany(i => i.ThematicAreas, area =>
        {
            area.ToTable("initiative_thematic_areas");
            area.WithOwner().HasForeignKey("initiative_id");
            area.HasKey("initiative_id", nameof(InitiativeThematicArea.ThematicAreaId));
            area.HasOne<ThematicArea>().WithMany().HasForeignKey(a => a.ThematicAreaId).OnDelete(DeleteBehavior.Restrict);
            area.HasIndex(a => a.ThematicAreaId);
        });

        builder.OwnsMany(i => i.Partners, partner =>
        {
            partner.ToTable("initiative_partners");
            partner.WithOwner().HasForeignKey("initiative_id");
            partner.HasKey("initiative_id", nameof(InitiativePartner.OrganisationId), nameof(InitiativePartner.Role));
            partner.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            partner.HasIndex(p => p.OrganisationId);
        });

        builder.OwnsMany(i => i.ContactPoints, contact =>
        {
            contact.InTable("initiative_contact_points", "initiative_id");
            contact.Property(c => c.Name).HasMaxLength(ContactPoint.NameMaxLength);
            contact.Property(c => c.Function).HasMaxLength(ContactPoint.FunctionMaxLength);
            contact.Property(c => c.Email).HasMaxLength(ContactPoint.EmailMaxLength);
            contact.Property(c => c.Phone).HasMaxLength(ContactPoint.PhoneMaxLength);
            contact.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.HasMany(i => i.Indicators).WithOne().HasForeignKey("initiative_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        // Required, as for indicators: a line taken out of an initiative is deleted, not kept as an orphan row.
        builder.HasMany(i => i.FundingLines).WithOne().HasForeignKey("initiative_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}
