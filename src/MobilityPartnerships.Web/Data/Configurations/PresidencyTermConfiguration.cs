using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilityPartnerships.Domain.Presidencies;

namespace MobilityPartnerships.Web.Data.Configurations;

internal sealed class PresidencyTermConfiguration : IEntityTypeConfiguration<PresidencyTerm>
{
    public void Configure(EntityTypeBuilder<PresidencyTerm> builder)
    {
        builder.ToTable("presidency_terms", t => t.HasCheckConstraint("ck_presidency_terms_order", "\"end\" >= start"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.MemberStateCode).HasMaxLength(2).IsFixedLength();
        builder.HasIndex(p => p.Start).IsUnique();
    }
}
