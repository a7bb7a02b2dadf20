using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>
/// A row of a partnership's scoreboard: what a partner puts in, who leads and implements it, when it
/// runs, how it is funded and how far it has come.
/// </summary>
public sealed class Initiative
{
    public const int ReferenceCodeMaxLength = 60;
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 4000;
    public const int LocationMaxLength = 200;
    public const int SourceMaxLength = 200;

    private readonly List<InitiativeThematicArea> thematicAreas = [];
    private readonly List<InitiativePartner> partners = [];
    private readonly List<ContactPoint> contactPoints = [];
    private readonly List<Indicator> indicators = [];
    private readonly List<FundingLine> fundingLines = [];

    private Initiative()
    {
        Title = string.Empty;
        Period = ImplementationPeriod.ToBeDetermined;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    /// <summary>The code the scoreboard or the funding programme gives it; unique within the partnership where given.</summary>
    public string? ReferenceCode { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    public Pillar Pillar { get; private set; }

    /// <summary>The participant of the partnership that leads it; null while to be determined.</summary>
    public Guid? LeadOrganisationId { get; private set; }

    /// <summary>The Commission service responsible for it, such as a Directorate-General or an EU Delegation.</summary>
    public Guid? ResponsibleServiceId { get; private set; }

    public ImplementationPeriod Period { get; private set; }

    public InitiativeStatus Status { get; private set; }

    public Novelty Novelty { get; private set; }

    public string? Location { get; private set; }

    /// <summary>False when the contribution was given on condition that it is not disseminated beyond the partnership.</summary>
    public bool IsShareable { get; private set; } = true;

    public string? Source { get; private set; }

    /// <summary>Changes with every stored change to the aggregate, so that a save based on an older version is refused.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<InitiativeThematicArea> ThematicAreas => thematicAreas;

    public IReadOnlyList<InitiativePartner> Partners => partners;

    public IReadOnlyList<ContactPoint> ContactPoints => contactPoints;

    public IReadOnlyList<Indicator> Indicators => indicators;

    public IReadOnlyList<FundingLine> FundingLines => fundingLines;

    public decimal TotalBudget => fundingLines.Sum(f => f.TotalBudget ?? 0m);

    public decimal EuContribution => fundingLines.Sum(f => f.EuContribution ?? 0m);

    public static Initiative Propose(Partnership partnership, string title, Pillar pillar, InitiativeStatus status = InitiativeStatus.Proposed)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        Guard.Defined(status, "initiative.status", "Initiative status");
        var initiative = new Initiative { Id = Guid.CreateVersion7(), PartnershipId = partnership.Id, Status = status };
        initiative.Describe(title, null, null);
        initiative.Classify(pillar, []);
        return initiative;
    }

    public void Describe(string title, string? summary, string? referenceCode)
    {
        var checkedTitle = Guard.RequiredText(title, TitleMaxLength, "initiative.title", "The title");
        var checkedSummary = Guard.OptionalText(summary, SummaryMaxLength, "initiative.summary", "The summary");
        var checkedCode = Guard.OptionalText(referenceCode, ReferenceCodeMaxLength, "initiative.reference-code", "The reference code");
        (Title, Summary, ReferenceCode) = (checkedTitle, checkedSummary, checkedCode);
    }

    public void Classify(Pillar pillar, IEnumerable<ThematicArea> thematicAreas)
    {
        ArgumentNullException.ThrowIfNull(thematicAreas);
        Guard.Defined(pillar, "initiative.pillar", "Pillar");
        Pillar = pillar;
        this.thematicAreas.Clear();
        this.thematicAreas.AddRange(thematicAreas.Select(t => t.Id).Distinct().Select(id => new InitiativeThematicArea(id)));
    }

    /// <summary>Names the lead partner, who must take part in this initiative's partnership.</summary>
    public void AssignLead(Partnership partnership, Guid? organisationId)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        if (partnership.Id != PartnershipId)
        {
            throw new DomainRuleException("initiative.lead.other-partnership", "The lead is checked against the initiative's own partnership.");
        }

        if (organisationId is { } id && !partnership.TakesPart(id))
        {
            throw new DomainRuleException("initiative.lead.not-participant", "The lead partner must take part in the partnership.");
        }

        LeadOrganisationId = organisationId;
    }

    public void AssignResponsibleService(Guid? serviceId) => ResponsibleServiceId = serviceId;

    public void AddPartner(Guid organisationId, PartnerRole role)
    {
        Guard.Defined(role, "initiative.partner.role", "Partner role");
        if (partners.Exists(p => p.OrganisationId == organisationId && p.Role == role))
        {
            throw new DomainRuleException("initiative.partner.duplicate", "That organisation already has this role in the initiative.");
        }

        partners.Add(new InitiativePartner(organisationId, role));
    }

    public void AddContactPoint(ContactPoint contactPoint)
    {
        ArgumentNullException.ThrowIfNull(contactPoint);
        contactPoints.Add(contactPoint);
    }

    public void AddIndicator(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicators.Exists(i => string.Equals(i.Name, indicator.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException("indicator.duplicate", $"The indicator '{indicator.Name}' is already listed.");
        }

        indicators.Add(indicator);
    }

    public void AddFundingLine(FundingLine fundingLine)
    {
        ArgumentNullException.ThrowIfNull(fundingLine);
        fundingLines.Add(fundingLine);
    }

    public void Schedule(ImplementationPeriod period) => Period = period ?? throw new ArgumentNullException(nameof(period));

    public void ChangeStatus(InitiativeStatus status)
    {
        Guard.Defined(status, "initiative.status", "Initiative status");
        Status = status;
    }

    public void Situate(string? location, Novelty novelty, bool isShareable)
    {
        Guard.Defined(novelty, "initiative.novelty", "Novelty");
        Location = Guard.OptionalText(location, LocationMaxLength, "initiative.location", "The location");
        Novelty = novelty;
        IsShareable = isShareable;
    }

    public void CiteSource(string? source) =>
        Source = Guard.OptionalText(source, SourceMaxLength, "initiative.source", "The source");
}
