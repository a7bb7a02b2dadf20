using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Presidencies;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Data.History;

namespace MobilityPartnerships.Web.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PresidencyTerm> PresidencyTerms => Set<PresidencyTerm>();

    public DbSet<ThematicArea> ThematicAreas => Set<ThematicArea>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<FundingLine> FundingLines => Set<FundingLine>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name so the data reads on its own; money is numeric(18,2) everywhere.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
