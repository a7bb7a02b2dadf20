using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Features.Partnerships.Keepers;

namespace MobilityPartnerships.Web.Features.Partnerships.Details;

/// <summary>What a partnership page's prerender read and decided, kept in the page for its interactive start (seconds later, for the same user).</summary>
public sealed record PrerenderedPartnershipPage(
    PartnershipDetails Partnership,
    bool MayEdit,
    bool MayAddInitiative,
    ReadOnlyReason? ReadOnly,
    PartnershipKeepers? Keepers,
    string? IatiFileName);
