using System.Text.Json.Serialization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>Every field of a scoreboard row as a user edits it, before the rules have accepted it.</summary>
public sealed class InitiativeDraft
{
    public string? ReferenceCode { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The title in the other language, where the initiative has one in both.</summary>
    public string? SecondLanguageTitle { get; set; }

    public string? Summary { get; set; }

    /// <summary>The results the initiative is expected to bring about.</summary>
    public string? ExpectedResults { get; set; }

    public Pillar Pillar { get; set; }

    public List<Guid> ThematicAreaIds { get; set; } = [];

    public Guid? LeadOrganisationId { get; set; }

    public Guid? ResponsibleServiceId { get; set; }

    public DateOnly? StartMonth { get; set; }

    public DateOnly? EndMonth { get; set; }

    /// <summary>Months of implementation; a program may send it as a JSON number or the same in a string, as every number the API reads.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? DurationMonths { get; set; }

    public string? PeriodNote { get; set; }

    /// <summary>The first month as first announced in the scoreboard.</summary>
    public DateOnly? AnnouncedStartMonth { get; set; }

    /// <summary>The last month as first announced in the scoreboard.</summary>
    public DateOnly? AnnouncedEndMonth { get; set; }

    public InitiativeStatus Status { get; set; } = InitiativeStatus.Proposed;

    public Novelty Novelty { get; set; }

    public string? Location { get; set; }

    public bool IsShareable { get; set; } = true;

    public string? Source { get; set; }

    /// <summary>Whether it is part of a Team Europe Initiative; null when not stated.</summary>
    public bool? PartOfTeamEurope { get; set; }

    /// <summary>The commitment of the joint declaration the initiative carries out, if any.</summary>
    public Guid? CommitmentId { get; set; }

    /// <summary>The partner country's priority the initiative serves (the text of one of the partnership's priorities), if any.</summary>
    public string? Priority { get; set; }

    public List<PartnerDraft> Partners { get; set; } = [];

    public List<FundingLineDraft> FundingLines { get; set; } = [];

    public List<ContactPointDraft> ContactPoints { get; set; } = [];

    public List<IndicatorDraft> Indicators { get; set; } = [];

    /// <summary>Where the domain's refusals show on the form: each rule code, and the codes below it, at its field.</summary>
    public static RuleFields RuleFields { get; } = RuleFields.Of(
        ("initiative.title", nameof(Title)),
        ("initiative.second-language-title", nameof(SecondLanguageTitle)),
        ("initiative.summary", nameof(Summary)),
        ("initiative.expected-results", nameof(ExpectedResults)),
        ("initiative.reference-code", nameof(ReferenceCode)),
        ("initiative.thematic-areas", nameof(ThematicAreaIds)),
        ("initiative.lead", nameof(LeadOrganisationId)),
        ("initiative.lead.also-partner", nameof(Partners)), // where the form shows it: at the partner that is the lead
        ("initiative.location", nameof(Location)),
        ("initiative.source", nameof(Source)),
        ("initiative.commitment", nameof(CommitmentId)),
        ("initiative.priority", nameof(Priority)),
        ("initiative.status", nameof(Status)),
        ("period.start", nameof(StartMonth)),
        ("period.end", nameof(EndMonth)),
        ("period.end-before-start", nameof(EndMonth)),
        ("period.duration", nameof(DurationMonths)),
        ("period.note", nameof(PeriodNote)),
        ("announced.start", nameof(AnnouncedStartMonth)),
        ("announced.end", nameof(AnnouncedEndMonth)),
        ("announced.end-before-start", nameof(AnnouncedEndMonth)),
        ("initiative.contact-points", nameof(ContactPoints)),
        ("contact-point", nameof(ContactPoints)),
        ("indicator", nameof(Indicators)),
        ("indicator-value", nameof(Indicators)));

    /// <summary>The initiative as the edit form starts from it: each field of the catalogue loads itself, or through its stored values.</summary>
    public static InitiativeDraft From(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        var draft = new InitiativeDraft();
        foreach (var entry in InitiativeFields.All)
        {
            entry.Draft.Load?.Invoke(draft, initiative);
            foreach (var stored in entry.Stored)
            {
                stored.CopyInto(draft, initiative);
            }
        }

        return draft;
    }

    /// <summary>A deep copy, so that what was loaded stays as it was while the user edits.</summary>
    public InitiativeDraft Copy()
    {
        var copy = (InitiativeDraft)MemberwiseClone();
        copy.ThematicAreaIds = [.. ThematicAreaIds];
        copy.Partners = [.. Partners.Select(p => p with { })];
        copy.FundingLines = [.. FundingLines.Select(f => f with { })];
        copy.ContactPoints = [.. ContactPoints.Select(c => c with { })];
        copy.Indicators = [.. Indicators.Select(i => i with { })];
        return copy;
    }
}

public sealed record PartnerDraft
{
    public Guid? OrganisationId { get; set; }

    public PartnerRole Role { get; set; } = PartnerRole.Participating;
}

/// <summary>A funding line as edited; its amounts are taken as JSON numbers or strings, so that a program keeps all 18 digits.</summary>
public sealed record FundingLineDraft
{
    /// <summary>The stored line's id; a new id for a line added in this edit.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public FundingSourceKind SourceKind { get; set; }

    public string? Programme { get; set; }

    public Guid? ContributorId { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? TotalBudget { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? EuContribution { get; set; }
}

public sealed record ContactPointDraft
{
    public string Name { get; set; } = string.Empty;

    public Guid? OrganisationId { get; set; }

    public string? Function { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}

public sealed record IndicatorDraft
{
    /// <summary>The stored indicator's id; a new id for one added in this edit, so its reported values stay linked.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? Unit { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? BaselineValue { get; set; }

    public DateOnly? BaselineDate { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public decimal? TargetValue { get; set; }

    public DateOnly? TargetDate { get; set; }

    public string? MeansOfVerification { get; set; }
}
