using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Comments;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Presidencies;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Data;

/// <summary>
/// The partnerships' data and the accounts, in one database. Each context knows who is acting, so the history
/// written with a change names the real user. Contexts are pooled (see <see cref="ActingContexts"/>): the factory that
/// hands one out says who is acting each time, and a context nobody handed out acts for nobody.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityUserContext<Account, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Who is acting: set by the factory each time it hands the context out (pooled contexts are reused).</summary>
    public ICurrentUser CurrentUser { get; internal set; } = NobodyActing.Instance;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PresidencyTerm> PresidencyTerms => Set<PresidencyTerm>();

    public DbSet<ThematicArea> ThematicAreas => Set<ThematicArea>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<Domain.Commitments.Commitment> Commitments => Set<Domain.Commitments.Commitment>();

    public DbSet<FundingLine> FundingLines => Set<FundingLine>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Domain.Indicators.IndicatorValue> IndicatorValues => Set<Domain.Indicators.IndicatorValue>();

    public DbSet<InitiativeComment> InitiativeComments => Set<InitiativeComment>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<ActionPoint> ActionPoints => Set<ActionPoint>();

    public DbSet<MinutesComment> MinutesComments => Set<MinutesComment>();

    /// <summary>Published scoreboard versions: inserted, never updated or deleted.</summary>
    public DbSet<PublishedScoreboard> PublishedScoreboards => Set<PublishedScoreboard>();

    public DbSet<PublishedMeetingCorrection> PublishedMeetingCorrections => Set<PublishedMeetingCorrection>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    /// <summary>The keys protecting sign-in cookies and antiforgery tokens; secrets, never in the history.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PartnershipAssignment> PartnershipAssignments => Set<PartnershipAssignment>();

    /// <summary>Sign-ins and whether they have ended; not part of the history.</summary>
    public DbSet<Session> Sessions => Set<Session>();

    /// <summary>Personal access tokens (their secrets' hashes); not part of the history.</summary>
    public DbSet<Security.Tokens.AccessToken> AccessTokens => Set<Security.Tokens.AccessToken>();

    /// <summary>Each initiative's funding lines summed, kept by the database; read only.</summary>
    public DbSet<Figures.InitiativeFundingSums> FundingSums => Set<Figures.InitiativeFundingSums>();

    /// <summary>Each partnership's initiatives counted and summed by pillar, kept by the database; read only.</summary>
    public DbSet<Figures.PartnershipFigures> PartnershipFigures => Set<Figures.PartnershipFigures>();

    /// <summary>The values a partnership's initiatives use, for the scoreboard filters' choices, kept by the database; read only.</summary>
    public DbSet<Figures.PartnershipChoice> PartnershipChoices => Set<Figures.PartnershipChoice>();

    /// <summary>The outbox of e-mail and the record of what was sent; not part of the history.</summary>
    public DbSet<Mail.MailMessage> MailMessages => Set<Mail.MailMessage>();

    public DbSet<Mail.MailOptOut> MailOptOuts => Set<Mail.MailOptOut>();

    /// <summary>Back to the pool acting for nobody: a context at rest keeps no page's or request's user alive.</summary>
    public override void Dispose()
    {
        CurrentUser = NobodyActing.Instance;
        base.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync()
    {
        CurrentUser = NobodyActing.Instance;
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.MapShownNames();
        builder.MapNameOrder();
        builder.MapFoldedText();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name so the data reads on its own; money is numeric(18,2) everywhere.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Conventions.Add(_ => new EnumNamesCheckConvention());
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
