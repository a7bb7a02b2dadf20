using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Signatories;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        // An accession before the signature is refused by the trigger in the initial migration:
        // the rule spans two tables, which a check constraint cannot.
        builder.ToTable("partnership_participants", t =>
        {
            t.HasCheckConstraint("ck_partnership_participants_left_after_joining", "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on");

            // A joining known only to the month is kept as the month's first day; a known day is never of unknown precision.
            // (That the precision is one of the enum's names is checked for every enum: see EnumNamesCheckConvention.)
            t.HasCheckConstraint("ck_partnership_participants_joined_on_precision", "(joined_on_precision <> 'Month' OR date_part('day', joined_on) = 1) AND (joined_on IS NULL OR joined_on_precision <> 'Unknown')");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Source).HasMaxLength(Partnership.SourceMaxLength);
        builder.Ignore(p => p.IsSignatory);

        // One organisation appears once per partnership; the initiatives' lead partner refers to this key.
        builder.HasAlternateKey(p => new { p.PartnershipId, p.OrganisationId }).HasName("ak_partnership_participants_partnership_organisation");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
