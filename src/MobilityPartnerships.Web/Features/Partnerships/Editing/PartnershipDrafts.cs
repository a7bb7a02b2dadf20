using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Signatories;

namespace MobilityPartnerships.Web.Features.Partnerships.Editing;

/// <summary>A step in the partnership's life: its new status, from when, and the document that says so.</summary>
public sealed class StatusChangeDraft
{
    public PartnershipStatus? Status { get; set; }

    public DateOnly? On { get; set; }

    public DatePrecision Precision { get; set; } = DatePrecision.Day;

    public string? Source { get; set; }
}

/// <summary>The signature of the joint declaration.</summary>
public sealed class SignatureDraft
{
    public DateOnly? SignedOn { get; set; }

    public DatePrecision Precision { get; set; } = DatePrecision.Day;

    public string? Source { get; set; }
}

/// <summary>An organisation joining the partnership: as an original signatory, by accession, or without signing.</summary>
public sealed class ParticipantDraft
{
    public Guid? OrganisationId { get; set; }

    public ParticipationBasis Basis { get; set; } = ParticipationBasis.Accession;

    /// <summary>The accession or joining day; an original signatory joins on the signature day.</summary>
    public DateOnly? JoinedOn { get; set; }

    public string? Source { get; set; }
}

/// <summary>A participant leaving the partnership.</summary>
public sealed class WithdrawalDraft
{
    public Guid OrganisationId { get; set; }

    public DateOnly? LeftOn { get; set; }
}

/// <summary>A partnership's own details: its name, the deadline of exploratory talks, and the partner's priorities, one per line.</summary>
public sealed class PartnershipDetailsDraft
{
    public string Name { get; set; } = string.Empty;

    public DateOnly? ExploratoryTalksDeadline { get; set; }

    public string? Priorities { get; set; }

    public IEnumerable<string> PriorityLines =>
        (Priorities ?? string.Empty).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0);
}
