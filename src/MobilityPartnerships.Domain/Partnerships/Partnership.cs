using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Signatories;

namespace MobilityPartnerships.Domain.Partnerships;

/// <summary>
/// A partnership between the Union and a third country (or another cooperation framework), with the
/// organisations that signed or joined it, the partner's priorities and the bodies that monitor it.
/// </summary>
public sealed class Partnership
{
    public const int NameMaxLength = 200;
    public const int PriorityMaxLength = 500;
    public const int SourceMaxLength = 200;

    private readonly List<Participant> participants = [];
    private readonly List<MonitoringBody> monitoringBodies = [];
    private readonly List<StatusChange> statusChanges = [];
    private readonly List<string> priorities = [];

    private Partnership()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The third country the partnership is with; none for a multi-country framework.</summary>
    public Guid? PartnerCountryId { get; private set; }

    public PartnershipKind Kind { get; private set; }

    public PartnershipStatus Status { get; private set; }

    /// <summary>The day the joint declaration was signed.</summary>
    public DateOnly? SignedOn { get; private set; }

    /// <summary>
    /// Whether <see cref="SignedOn"/> is the exact day or only stands for its month; unknown for a text signed on a day the
    /// sources do not give; none before the signature (there is no date to be precise about).
    /// </summary>
    public DatePrecision? SignedOnPrecision { get; private set; }

    /// <summary>Whether the joint declaration or agreement was signed, on a known day or not.</summary>
    public bool IsSigned => SignedOn is not null || SignedOnPrecision == DatePrecision.Unknown;

    public DateOnly? ExploratoryTalksDeadline { get; private set; }

    public string? Source { get; private set; }

    /// <summary>Changes with every stored change to the aggregate, so that a save based on an older version is refused.</summary>
    public uint Version { get; private set; }

    /// <summary>Archived partnerships stay on record but are left out of lists and totals unless asked for.</summary>
    public bool IsArchived { get; private set; }

    public IReadOnlyList<Participant> Participants => participants;

    public IReadOnlyList<MonitoringBody> MonitoringBodies => monitoringBodies;

    public IReadOnlyList<StatusChange> StatusChanges => statusChanges;

    public IReadOnlyList<string> Priorities => priorities;

    /// <summary>The first dated step of the partnership (talks opened, or the signature); null when no step is dated.</summary>
    public DateOnly? LifeStartsOn => statusChanges.Where(c => c.On is not null).Select(c => c.On).Min() ?? SignedOn;

    /// <summary>The day the partnership was concluded; null while it goes on.</summary>
    public DateOnly? LifeEndsOn => Status == PartnershipStatus.Concluded ? statusChanges.LastOrDefault(c => c.Status == PartnershipStatus.Concluded)?.On : null;

    /// <summary>Refuses a date before the partnership's first dated step or after its conclusion.</summary>
    public void EnsureWithinLife(DateOnly date, DatedInLife what)
    {
        var named = what switch
        {
            DatedInLife.Meeting => "A meeting",
            _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
        };

        if (LifeStartsOn is { } start && date < start)
        {
            throw new DomainRuleException("partnership.life.before-start", $"{named} on {date:d MMMM yyyy} is before the partnership's life begins ({start:d MMMM yyyy}).", date, start, what);
        }

        if (LifeEndsOn is { } end && date > end)
        {
            throw new DomainRuleException("partnership.life.after-end", $"{named} on {date:d MMMM yyyy} is after the partnership was concluded ({end:d MMMM yyyy}).", date, end, what);
        }
    }

    public static Partnership Open(string name, PartnershipKind kind, Organisation? partnerCountry, PartnershipStatus status, DateOnly? since = null, string? source = null, DatePrecision sincePrecision = DatePrecision.Day)
    {
        Guard.Defined(kind, "partnership.kind", "Partnership kind");
        Guard.Defined(status, "partnership.status", "Partnership status");
        if (partnerCountry is not null && partnerCountry.Kind != OrganisationKind.ThirdCountry)
        {
            throw new DomainRuleException("partnership.partner-country.not-third-country", $"{partnerCountry.DisplayName} is not a third country and cannot be a partner country.", partnerCountry.DisplayName);
        }

        if (partnerCountry is null && NeedsPartnerCountry(kind, status))
        {
            throw PartnerCountryRequired();
        }

        if (status is PartnershipStatus.InImplementation or PartnershipStatus.Suspended or PartnershipStatus.Concluded && StartsWithSignature(kind))
        {
            throw new DomainRuleException("partnership.status.needs-signature", "A partnership reaches implementation by the signature of its joint declaration.");
        }

        var partnership = new Partnership
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Status = status,
            PartnerCountryId = partnerCountry?.Id,
            Source = Guard.OptionalText(source, SourceMaxLength, "partnership.source", "The source"),
        };
        partnership.Rename(name);
        partnership.statusChanges.Add(new StatusChange(status, since, partnership.Source, sincePrecision));
        return partnership;
    }

    /// <summary>
    /// Whether a partnership of this kind at this stage needs its partner country named. A mobility partnership, common
    /// agenda or talent partnership is with one partner country from the exploratory talks on; while the Commission is
    /// still assessing needs (as with the Talent Partnerships the 2020 Pact proposed "with several third countries"),
    /// the country may not be named yet.
    /// </summary>
    public static bool NeedsPartnerCountry(PartnershipKind kind, PartnershipStatus status) =>
        status != PartnershipStatus.NeedsAssessment
        && kind is PartnershipKind.MobilityPartnership or PartnershipKind.CommonAgendaOnMigrationAndMobility or PartnershipKind.TalentPartnership;

    private static DomainRuleException PartnerCountryRequired() =>
        new("partnership.partner-country.required", "A mobility partnership, common agenda or talent partnership needs a partner country once exploratory talks open.");

    /// <summary>
    /// Whether partnerships of this kind start with a signed text (a joint declaration or an agreement). A thematic
    /// programme's portfolio, a Team Europe Initiative, an action plan or a regional process is under way without one.
    /// </summary>
    public static bool StartsWithSignature(PartnershipKind kind) =>
        kind is not (PartnershipKind.ThematicProgrammePortfolio or PartnershipKind.TeamEuropeInitiative or PartnershipKind.ActionPlan or PartnershipKind.RegionalProcess);

    public void Rename(string name) =>
        Name = Guard.RequiredText(name, NameMaxLength, "partnership.name", "The partnership's name");

    public void SetExploratoryTalksDeadline(DateOnly? deadline) => ExploratoryTalksDeadline = deadline;

    public void ReplacePriorities(IEnumerable<string> newPriorities)
    {
        ArgumentNullException.ThrowIfNull(newPriorities);
        var checkedPriorities = newPriorities
            .Select(p => Guard.RequiredText(p, PriorityMaxLength, "partnership.priority", "A priority"))
            .ToList();
        priorities.Clear();
        priorities.AddRange(checkedPriorities);
    }

    public void AddMonitoringBody(MonitoringBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (monitoringBodies.Exists(b => b.Kind == body.Kind && string.Equals(b.Name, body.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException("partnership.monitoring-body.duplicate", $"{body.Name} already monitors this partnership.", body.Name);
        }

        monitoringBodies.Add(body);
    }

    /// <summary>Records the signature of the joint declaration; the partnership enters implementation.</summary>
    public void RecordSignature(DateOnly signedOn, string? source = null, DatePrecision precision = DatePrecision.Day)
    {
        Guard.Defined(precision, "partnership.signature.precision", "Date precision");
        if (precision == DatePrecision.Unknown)
        {
            throw new DomainRuleException("partnership.signature.precision", "A signature with a date is known to the day or to the month.");
        }

        if (precision == DatePrecision.Month && signedOn.Day != 1)
        {
            throw new DomainRuleException("partnership.signature.month-not-first-day", "A signature known only to the month is recorded on the first day of that month.");
        }

        EnsureNotSigned();

        // Every check runs before anything changes, so a refused signature leaves the partnership as it was.
        var checkedSource = CheckStatusChange(PartnershipStatus.InImplementation, signedOn, source, signed: true);
        SignedOn = signedOn;
        SignedOnPrecision = precision;
        Status = PartnershipStatus.InImplementation;
        statusChanges.Add(new StatusChange(PartnershipStatus.InImplementation, signedOn, checkedSource, precision));
    }

    /// <summary>Records that the text was signed on a day the sources do not give; the partnership is in force.</summary>
    public void RecordSignatureOnUnknownDate(string? source = null)
    {
        EnsureNotSigned();
        var checkedSource = CheckStatusChange(PartnershipStatus.InImplementation, null, source, signed: true);
        SignedOnPrecision = DatePrecision.Unknown;
        Status = PartnershipStatus.InImplementation;
        statusChanges.Add(new StatusChange(PartnershipStatus.InImplementation, null, checkedSource, DatePrecision.Unknown));
    }

    private void EnsureNotSigned()
    {
        // Each case its own code, so that its text names only the values it is given, and a month is not told as a day.
        if (SignedOn is { } signedOn && SignedOnPrecision == DatePrecision.Month)
        {
            throw new DomainRuleException("partnership.signature.already-signed.month", $"The joint declaration was already signed in {signedOn:MMMM yyyy}.", signedOn);
        }

        if (SignedOn is { } day)
        {
            throw new DomainRuleException("partnership.signature.already-signed", $"The joint declaration was already signed on {day:d MMMM yyyy}.", day);
        }

        if (IsSigned)
        {
            throw new DomainRuleException("partnership.signature.already-signed.day-unknown", "The joint declaration was already signed, on a day not known.");
        }
    }

    public void ChangeStatus(PartnershipStatus status, DateOnly? on, string? source = null, DatePrecision precision = DatePrecision.Day)
    {
        // A change to the status it has would enter a step the partnership did not take into its history.
        if (status == Status)
        {
            throw new DomainRuleException("partnership.status.unchanged", "The partnership already has this status: a change of status names another one.");
        }

        var checkedSource = CheckStatusChange(status, on, source, signed: IsSigned);
        Status = status;
        statusChanges.Add(new StatusChange(status, on, checkedSource, precision));
    }

    private string? CheckStatusChange(PartnershipStatus status, DateOnly? on, string? source, bool signed)
    {
        Guard.Defined(status, "partnership.status", "Partnership status");
        if (PartnerCountryId is null && NeedsPartnerCountry(Kind, status))
        {
            throw PartnerCountryRequired();
        }

        if (status is PartnershipStatus.InImplementation or PartnershipStatus.Suspended or PartnershipStatus.Concluded && !signed && StartsWithSignature(Kind))
        {
            throw new DomainRuleException("partnership.status.needs-signature", "A partnership reaches implementation by the signature of its joint declaration.");
        }

        if (on < statusChanges.LastOrDefault(c => c.On is not null)?.On)
        {
            throw new DomainRuleException("partnership.status.out-of-order", $"A status change on {on:d MMMM yyyy} cannot come before the previous one.", on);
        }

        return Guard.OptionalText(source, SourceMaxLength, "partnership.source", "The source");
    }

    /// <summary>An organisation that signed the joint declaration on the day it was signed (not known when the signature's day is not).</summary>
    public Participant RecordOriginalSignatory(Organisation organisation, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (!IsSigned)
        {
            throw new DomainRuleException("participant.signatory.not-signed", "The joint declaration has not been signed yet; record its signature first.");
        }

        return Add(organisation, ParticipationBasis.OriginalSignatory, SignedOn, source, SignedOnPrecision ?? DatePrecision.Unknown);
    }

    /// <summary>An organisation that signed up after the joint declaration; the date may not be known.</summary>
    public Participant RecordAccession(Organisation organisation, DateOnly? accededOn, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (SignedOn is null)
        {
            throw new DomainRuleException("participant.accession.not-signed", "Nobody can accede to a joint declaration that has not been signed.");
        }

        if (accededOn < SignedOn)
        {
            throw new DomainRuleException("participant.accession.before-signature", $"{organisation.DisplayName} cannot accede on {accededOn:d MMMM yyyy}, before the joint declaration was signed on {SignedOn:d MMMM yyyy}.", organisation.DisplayName, accededOn, SignedOn);
        }

        return Add(organisation, ParticipationBasis.Accession, accededOn, source);
    }

    /// <summary>An organisation, such as an EU agency, that takes part without signing.</summary>
    public Participant AddParticipant(Organisation organisation, DateOnly? joinedOn, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return Add(organisation, ParticipationBasis.NonSignatory, joinedOn, source);
    }

    public void RecordWithdrawal(Guid organisationId, DateOnly leftOn)
    {
        var participant = participants.Find(p => p.OrganisationId == organisationId)
            ?? throw new DomainRuleException("participant.withdrawal.not-participant", "Only an organisation that takes part can withdraw.");
        if (leftOn < participant.JoinedOn)
        {
            throw new DomainRuleException("participant.withdrawal.before-joining", $"A withdrawal on {leftOn:d MMMM yyyy} cannot come before joining on {participant.JoinedOn:d MMMM yyyy}.", leftOn, participant.JoinedOn);
        }

        participant.Leave(leftOn);
    }

    /// <summary>Whether the organisation is among the partnership's participants (signatory or not).</summary>
    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;

    public bool TakesPart(Guid organisationId) => participants.Exists(p => p.OrganisationId == organisationId);

    private Participant Add(Organisation organisation, ParticipationBasis basis, DateOnly? joinedOn, string? source, DatePrecision precision = DatePrecision.Day)
    {
        if (TakesPart(organisation.Id))
        {
            throw new DomainRuleException("participant.duplicate", $"{organisation.DisplayName} already takes part in this partnership.", organisation.DisplayName);
        }

        if (organisation.Kind == OrganisationKind.MemberState && joinedOn is { } date && !organisation.IsMemberStateOn(date))
        {
            throw new DomainRuleException("participant.member-state.not-member", $"{organisation.DisplayName} was not a Member State on {date:d MMMM yyyy}.", organisation.DisplayName, date);
        }

        var participant = new Participant(Id, organisation.Id, basis, joinedOn, precision, Guard.OptionalText(source, SourceMaxLength, "participant.source", "The source"));
        participants.Add(participant);
        return participant;
    }
}
