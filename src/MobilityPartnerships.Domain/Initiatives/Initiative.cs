using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>
/// A row of a partnership's scoreboard: what a partner puts in, who leads and implements it, when it
/// runs, how it is funded and how far it has come.
/// </summary>
public sealed class Initiative
{
    public const int ReferenceCodeMaxLength = 60;
    public const int TitleMaxLength = 300;
    public const int SecondLanguageTitleMaxLength = TitleMaxLength;
    public const int SummaryMaxLength = 4000;
    public const int ExpectedResultsMaxLength = 2000;
    public const int LocationMaxLength = 200;
    public const int SourceMaxLength = 200;

    /// <summary>The most partners an initiative lists (every Member State and the agencies and organisations beside them).</summary>
    public const int MaxPartners = 100;

    /// <summary>The most funding lines an initiative has: enough for each programme and donor, few enough to edit and read on one page.</summary>
    public const int MaxFundingLines = 50;

    public const int MaxContactPoints = 50;

    public const int MaxIndicators = 50;

    /// <summary>The most values on record a refusal of a period names; it counts the others.</summary>
    public const int ValuesNamed = 5;

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

    /// <summary>
    /// The title in the partnership's other language, where the initiative has one in both ("Migrer les yeux ouverts",
    /// "Migrating with open eyes"); null when it has one title only. The content stays in the language it was written in.
    /// </summary>
    public string? SecondLanguageTitle { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>The results it is expected to bring about, as its description in the scoreboard or the programme states them.</summary>
    public string? ExpectedResults { get; private set; }

    public Pillar Pillar { get; private set; }

    /// <summary>The participant of the partnership that leads it; null while to be determined.</summary>
    public Guid? LeadOrganisationId { get; private set; }

    /// <summary>The Commission service responsible for it, such as a Directorate-General or an EU Delegation.</summary>
    public Guid? ResponsibleServiceId { get; private set; }

    public ImplementationPeriod Period { get; private set; }

    /// <summary>The first month as first announced in the scoreboard, kept beside the actual period; null when not known.</summary>
    public DateOnly? AnnouncedStartMonth { get; private set; }

    /// <summary>The last month as first announced in the scoreboard; null when not known.</summary>
    public DateOnly? AnnouncedEndMonth { get; private set; }

    public InitiativeStatus Status { get; private set; }

    public Novelty Novelty { get; private set; }

    public string? Location { get; private set; }

    /// <summary>False when the contribution was given on condition that it is not disseminated beyond the partnership.</summary>
    public bool IsShareable { get; private set; } = true;

    public string? Source { get; private set; }

    /// <summary>
    /// Whether it is part of a Team Europe Initiative, where the EU's institutions and Member States programme together
    /// around one theme or route; null when not stated (never taken for "no").
    /// </summary>
    public bool? PartOfTeamEurope { get; private set; }

    public bool IsArchived { get; private set; }

    /// <summary>The commitment of the joint declaration this initiative carries out; null when it carries out none in particular.</summary>
    public Guid? CommitmentId { get; private set; }

    /// <summary>The partner country's priority this initiative serves: the text of one of its partnership's priorities; null when none in particular.</summary>
    public string? Priority { get; private set; }

    /// <summary>Changes with every stored change to the aggregate, so that a save based on an older version is refused.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<InitiativeThematicArea> ThematicAreas => thematicAreas;

    public IReadOnlyList<InitiativePartner> Partners => partners;

    public IReadOnlyList<ContactPoint> ContactPoints => contactPoints;

    public IReadOnlyList<Indicator> Indicators => indicators;

    public IReadOnlyList<FundingLine> FundingLines => fundingLines;

    /// <summary>The sum of its funding lines' total budgets; not known without lines, "at least" when some lines have no figure.</summary>
    public Amount TotalBudget => Amount.OfLines(fundingLines.Select(f => f.TotalBudget));

    /// <summary>The sum of its funding lines' EU contributions, known as far as the lines say.</summary>
    public Amount EuContribution => Amount.OfLines(fundingLines.Select(f => f.EuContribution));

    /// <summary>Past its end month and not completed (or cancelled): computed, separate from the "delayed" rating a partner gives.</summary>
    public bool IsLateOn(DateOnly today) => InitiativeFlags.IsLate(Period.EndMonth, Status, today);

    /// <summary>Whether the organisation leads the initiative or is one of its partners.</summary>
    public bool Involves(Guid organisationId) =>
        LeadOrganisationId == organisationId || partners.Exists(p => p.OrganisationId == organisationId);

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
        var checkedSummary = Guard.OptionalParagraphs(summary, SummaryMaxLength, "initiative.summary", "The summary");
        var checkedCode = Guard.OptionalText(referenceCode, ReferenceCodeMaxLength, "initiative.reference-code", "The reference code");
        (Title, Summary, ReferenceCode) = (checkedTitle, checkedSummary, checkedCode);
    }

    /// <summary>Gives the initiative its title in the other language; empty for none.</summary>
    public void TitleInSecondLanguage(string? secondLanguageTitle) =>
        SecondLanguageTitle = Guard.OptionalText(secondLanguageTitle, SecondLanguageTitleMaxLength, "initiative.second-language-title", "The title in the other language");

    /// <summary>States the results the initiative is expected to bring about; empty for none stated.</summary>
    public void ExpectResults(string? expectedResults) =>
        ExpectedResults = Guard.OptionalParagraphs(expectedResults, ExpectedResultsMaxLength, "initiative.expected-results", "The expected results");

    /// <summary>
    /// Sets the pillar and thematic areas; links that stay are kept as they are. Every area must be one of the pillar's:
    /// one of another pillar (an area left from the pillar before, or sent by a program) is refused, with its name.
    /// </summary>
    public void Classify(Pillar pillar, IEnumerable<ThematicArea> thematicAreas)
    {
        ArgumentNullException.ThrowIfNull(thematicAreas);
        Guard.Defined(pillar, "initiative.pillar", "Pillar");
        var areas = thematicAreas.ToList();
        if (areas.Find(a => a.Pillar != pillar) is { } other)
        {
            throw new DomainRuleException(
                "initiative.thematic-areas.other-pillar",
                $"\"{other.Name}\" is not a thematic area of the pillar {pillar}: it belongs to the pillar {other.Pillar}.",
                other.Name,
                pillar,
                other.Pillar);
        }

        // An area named twice would be kept once, the repeat dropped without a word: refused, as the edit form refuses it.
        if (areas.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new DomainRuleException("initiative.thematic-areas.duplicate", $"The thematic area \"{repeated.First().Name}\" is listed twice: name each area once.", repeated.First().Name);
        }

        var wanted = areas.Select(a => a.Id).ToList();
        Pillar = pillar;
        this.thematicAreas.RemoveAll(t => !wanted.Contains(t.ThematicAreaId));
        this.thematicAreas.AddRange(wanted.Where(id => !this.thematicAreas.Exists(t => t.ThematicAreaId == id)).Select(id => new InitiativeThematicArea(id)));
    }

    /// <summary>
    /// Names the lead partner, who must take part in this initiative's partnership and is not one of its partners too
    /// (an organisation leads or is a partner: listed as both, it would show twice on the initiative).
    /// </summary>
    public void AssignLead(Partnership partnership, Guid? organisationId)
    {
        CheckLead(partnership, organisationId);
        CheckLeadIsNoPartner(organisationId, partners.Select(p => p.OrganisationId));
        LeadOrganisationId = organisationId;
    }

    /// <summary>
    /// Names the lead partner and sets the partners together, so that the lead may become a partner and a partner the
    /// lead in one change; the lead is never among the partners.
    /// </summary>
    public void AssignLeadAndPartners(Partnership partnership, Guid? leadId, IEnumerable<(Guid OrganisationId, PartnerRole Role)> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var list = wanted.ToList();
        CheckLead(partnership, leadId);
        CheckPartners(list);
        CheckLeadIsNoPartner(leadId, list.Select(p => p.OrganisationId));
        LeadOrganisationId = leadId;
        SetPartners(list);
    }

    private void CheckLead(Partnership partnership, Guid? organisationId)
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
    }

    private static void CheckLeadIsNoPartner(Guid? leadId, IEnumerable<Guid> partnerIds)
    {
        if (leadId is { } lead && partnerIds.Contains(lead))
        {
            throw new DomainRuleException("initiative.lead.also-partner", "The lead partner is not listed among the partners as well: it already leads the initiative.");
        }
    }

    /// <summary>Says which commitment the initiative carries out; only one of its own partnership's.</summary>
    public void LinkCommitment(Commitment? commitment)
    {
        if (commitment is not null && commitment.PartnershipId != PartnershipId)
        {
            throw new DomainRuleException("initiative.commitment.other-partnership", "An initiative can only carry out a commitment of its own partnership.");
        }

        CommitmentId = commitment?.Id;
    }

    /// <summary>Says which of the partner country's priorities the initiative serves; only one of its own partnership's priorities.</summary>
    public void AssignPriority(Partnership partnership, string? priority)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        if (partnership.Id != PartnershipId)
        {
            throw new DomainRuleException("initiative.priority.other-partnership", "The priority is checked against the initiative's own partnership.");
        }

        if (TextCharacters.IsBlank(priority))
        {
            Priority = null;
            return;
        }

        var trimmed = priority.Trim();
        if (!partnership.Priorities.Contains(trimmed, StringComparer.Ordinal))
        {
            throw new DomainRuleException("initiative.priority.not-of-partnership", $"'{trimmed}' is not one of the partner country's priorities in this partnership.", trimmed);
        }

        Priority = trimmed;
    }

    public void AssignResponsibleService(Guid? serviceId) => ResponsibleServiceId = serviceId;

    public void AddPartner(Guid organisationId, PartnerRole role)
    {
        Guard.Defined(role, "initiative.partner.role", "Partner role");
        if (partners.Exists(p => p.OrganisationId == organisationId && p.Role == role))
        {
            throw new DomainRuleException("initiative.partner.duplicate", "That organisation already has this role in the initiative.");
        }

        CheckLeadIsNoPartner(LeadOrganisationId, [organisationId]);
        AtMost(partners.Count + 1, MaxPartners, "initiative.partners.too-many", "partners");
        partners.Add(new InitiativePartner(organisationId, role));
    }

    /// <summary>Sets who takes part in and implements the initiative; partners that stay are kept as they are.</summary>
    public void ReplacePartners(IEnumerable<(Guid OrganisationId, PartnerRole Role)> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var list = wanted.ToList();
        CheckPartners(list);
        CheckLeadIsNoPartner(LeadOrganisationId, list.Select(p => p.OrganisationId));
        SetPartners(list);
    }

    private static void CheckPartners(List<(Guid OrganisationId, PartnerRole Role)> list)
    {
        foreach (var (_, role) in list)
        {
            Guard.Defined(role, "initiative.partner.role", "Partner role");
        }

        AtMost(list.Count, MaxPartners, "initiative.partners.too-many", "partners");
        if (list.Count != list.Distinct().Count())
        {
            throw new DomainRuleException("initiative.partner.duplicate", "An organisation is listed twice with the same role.");
        }
    }

    private void SetPartners(List<(Guid OrganisationId, PartnerRole Role)> list)
    {
        partners.RemoveAll(p => !list.Contains((p.OrganisationId, p.Role)));
        partners.AddRange(list.Where(w => !partners.Exists(p => (p.OrganisationId, p.Role) == w)).Select(w => new InitiativePartner(w.OrganisationId, w.Role)));
    }

    /// <summary>Sets the contact points; those that stay exactly as they were are kept.</summary>
    public void ReplaceContactPoints(IEnumerable<ContactPoint> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var list = wanted.ToList();
        AtMost(list.Count, MaxContactPoints, "initiative.contact-points.too-many", "contact points");
        for (var at = 1; at < list.Count; at++)
        {
            CheckNotListed(list[at], list.Take(at));
        }

        // Those to add are chosen before any is added: checked against the growing list, a second of two alike would be
        // taken for one already stored and dropped without a word.
        contactPoints.RemoveAll(c => !list.Exists(w => w.SameAs(c)));
        var added = list.Where(w => !contactPoints.Exists(c => c.SameAs(w))).ToList();
        contactPoints.AddRange(added);
    }

    private static void CheckNotListed(ContactPoint contactPoint, IEnumerable<ContactPoint> listed)
    {
        if (listed.Any(contactPoint.Repeats))
        {
            throw new DomainRuleException(
                "initiative.contact-points.duplicate",
                $"The contact point '{contactPoint.Name}' is listed twice with the same details (e-mail addresses compared whatever their letter case): list it once.",
                contactPoint.Name);
        }
    }

    /// <summary>
    /// Sets the indicators: one with the id of a stored indicator revises it (so its reported values stay linked),
    /// others are added under an id of their own, and stored ones not listed are removed. An id this initiative does
    /// not have is never taken over: it may be another initiative's indicator, which must stay as it is.
    /// <paramref name="reported"/> holds the ids of its indicators that have values on record: their unit is kept
    /// (<see cref="Indicator.CheckUnitKept"/>). Nothing changes when a rule is broken.
    /// </summary>
    public void ReplaceIndicators(IEnumerable<Indicator> wanted, IReadOnlyCollection<Guid> reported)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(reported);
        var list = wanted.ToList();
        AtMost(list.Count, MaxIndicators, "initiative.indicators.too-many", "indicators");
        var duplicate = list.GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainRuleException("indicator.duplicate", $"The indicator '{duplicate.Key}' is listed twice.", duplicate.Key);
        }

        var repeated = list.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new DomainRuleException("indicator.id.duplicate", $"Two indicators are given the same id ({repeated.Key}).", repeated.Key);
        }

        foreach (var indicator in list)
        {
            if (reported.Contains(indicator.Id) && indicators.Find(i => i.Id == indicator.Id) is { } stored)
            {
                stored.CheckUnitKept(indicator);
            }
        }

        indicators.RemoveAll(i => !list.Exists(w => w.Id == i.Id));
        foreach (var indicator in list)
        {
            var stored = indicators.Find(i => i.Id == indicator.Id);
            if (stored is null)
            {
                indicators.Add(indicator.AsNew());
            }
            else if (!stored.SameAs(indicator))
            {
                stored.ReviseFrom(indicator);
            }
        }
    }

    public void RemoveFundingLine(Guid fundingLineId)
    {
        if (fundingLines.RemoveAll(f => f.Id == fundingLineId) == 0)
        {
            throw new DomainRuleException("funding-line.unknown", "That funding line is not part of this initiative.");
        }
    }

    /// <summary>Leaves the initiative out of totals, grids and exports unless archived records are asked for; it stays on record.</summary>
    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;

    public void AddContactPoint(ContactPoint contactPoint)
    {
        ArgumentNullException.ThrowIfNull(contactPoint);
        CheckNotListed(contactPoint, contactPoints);
        AtMost(contactPoints.Count + 1, MaxContactPoints, "initiative.contact-points.too-many", "contact points");
        contactPoints.Add(contactPoint);
    }

    public void AddIndicator(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicators.Exists(i => string.Equals(i.Name, indicator.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException("indicator.duplicate", $"The indicator '{indicator.Name}' is already listed.", indicator.Name);
        }

        AtMost(indicators.Count + 1, MaxIndicators, "initiative.indicators.too-many", "indicators");
        indicators.Add(indicator);
    }

    public void AddFundingLine(FundingLine fundingLine)
    {
        ArgumentNullException.ThrowIfNull(fundingLine);
        AtMost(fundingLines.Count + 1, MaxFundingLines, "initiative.funding-lines.too-many", "funding lines");
        fundingLines.Add(fundingLine);
    }

    /// <summary>Refuses a list longer than an initiative keeps: every page, export and history of it is bounded by these.</summary>
    private static void AtMost(int count, int max, string rule, string what)
    {
        if (count > max)
        {
            throw new DomainRuleException(rule, $"An initiative has at most {max} {what}.", max);
        }
    }

    /// <summary>
    /// Sets when the initiative runs. <paramref name="onRecord"/> holds the values on record for its indicators: a period
    /// that leaves out values the period now holds is refused, naming them (at most <see cref="ValuesNamed"/>, then counted),
    /// at the month that leaves them out — outside the implementation, a value would still count as its indicator's latest,
    /// and could no longer be corrected (<see cref="IndicatorValue.Replace"/> checks it against the period). A month to be
    /// determined leaves out nothing, as values are checked against known months only: a period may become unknown. A value
    /// the period already leaves out (one stored before this rule) does not hold up a change; it can be removed.
    /// </summary>
    public void Schedule(ImplementationPeriod period, IReadOnlyCollection<ValueOnRecord> onRecord)
    {
        CheckKeepsValues(period, onRecord);
        Period = period;
    }

    /// <summary>
    /// Refuses <paramref name="period"/> where <see cref="Schedule"/> would, and changes nothing: for a reader that tries a
    /// period before anything is stored (an import's preview).
    /// </summary>
    public void CheckKeepsValues(ImplementationPeriod period, IReadOnlyCollection<ValueOnRecord> onRecord)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(onRecord);
        var leftOut = onRecord.Where(v => PeriodInImplementation.Holds(Period, v.Period) && !PeriodInImplementation.Holds(period, v.Period)).ToList();
        if (leftOut.Count > 0)
        {
            throw ValuesLeftOut(period, leftOut);
        }
    }

    /// <summary>
    /// The refusal of a period that leaves out <paramref name="leftOut"/>: how many, and the first <see cref="ValuesNamed"/>
    /// by indicator ("Workers placed (2025 Q1, 2026 Q4)"), in the order of the initiative's indicators and of time. It is
    /// said at the end when some end after it, else at the start.
    /// </summary>
    private DomainRuleException ValuesLeftOut(ImplementationPeriod period, List<ValueOnRecord> leftOut)
    {
        var ordered = leftOut.OrderBy(v => indicators.FindIndex(i => i.Id == v.IndicatorId)).ThenBy(v => v.Period.Start).ThenBy(v => v.Period.End).ToList();
        var named = ordered.Take(ValuesNamed)
            .GroupBy(v => v.IndicatorId)
            .Select(g => $"{indicators.Find(i => i.Id == g.Key)?.Name ?? g.Key.ToString()} ({string.Join(", ", g.Select(v => v.Period))})")
            .ToList();
        var listed = new ListedInPart(named, ordered.Count - Math.Min(ordered.Count, ValuesNamed));
        var message = ordered.Count == 1
            ? $"A value reported for the initiative's indicators lies outside this implementation period: {listed}. It would still count, yet could no longer be corrected. Keep a period that includes it, or first remove that value on its indicator's page."
            : $"{ordered.Count} values reported for the initiative's indicators lie outside this implementation period: {listed}. They would still count, yet could no longer be corrected. Keep a period that includes them, or first remove those values on their indicator's page.";
        return ordered.Exists(v => PeriodInImplementation.EndsAfter(period, v.Period))
            ? new DomainRuleException("period.end.values-outside", message, ordered.Count, listed)
            : new DomainRuleException("period.start.values-outside", message, ordered.Count, listed);
    }

    /// <summary>Records the period as first announced, to the month, under the same month rules as the period.</summary>
    public void Announce(DateOnly? startMonth, DateOnly? endMonth)
    {
        var start = AnnouncedMonth(startMonth, "start");
        var end = AnnouncedMonth(endMonth, "end");
        if (start is not null && end is not null && end < start)
        {
            throw new DomainRuleException("announced.end-before-start", $"The announced end ({end:MMMM yyyy}) cannot be before the announced start ({start:MMMM yyyy}).", end, start);
        }

        (AnnouncedStartMonth, AnnouncedEndMonth) = (start, end);
    }

    private static DateOnly? AnnouncedMonth(DateOnly? date, string which)
    {
        if (date is not { } d)
        {
            return null;
        }

        var month = new DateOnly(d.Year, d.Month, 1);
        return month < ImplementationPeriod.EarliestMonth || month > ImplementationPeriod.LatestMonth
            ? throw new DomainRuleException($"announced.{which}.out-of-range", $"The announced {which} must lie between {ImplementationPeriod.EarliestMonth:yyyy} and {ImplementationPeriod.LatestMonth:yyyy}.", ImplementationPeriod.EarliestMonth, ImplementationPeriod.LatestMonth)
            : month;
    }

    /// <summary>
    /// Changes the status. While the latest progress update rates the initiative Completed (<paramref name="latestUpdate"/>, read
    /// by the caller), the status stays Completed: the rating follows the status both ways, as <see cref="ProgressUpdate.Post"/>
    /// holds it when an update is posted, so that the two never disagree. An update with the rating as it now stands,
    /// dated that day or later, comes first.
    /// </summary>
    public void ChangeStatus(InitiativeStatus status, LatestUpdate? latestUpdate)
    {
        Guard.Defined(status, "initiative.status", "Initiative status");
        if (status != Status && status != InitiativeStatus.Completed && latestUpdate is { Rating: ProgressRating.Completed } completed)
        {
            throw new DomainRuleException(
                "initiative.status.rated-completed",
                $"The latest progress update ({completed.ReportedOn:d MMMM yyyy}) rates this initiative Completed, so its status cannot become {status}. First post a progress update that rates it as it now stands (on track, at risk or delayed), dated {completed.ReportedOn:d MMMM yyyy} or later; then change the status.",
                completed.ReportedOn,
                status);
        }

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

    /// <summary>States whether it is part of a Team Europe Initiative; null when that is not known.</summary>
    public void StateTeamEurope(bool? partOf) => PartOfTeamEurope = partOf;
}
