using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Features.Meetings.Planning;

/// <summary>What the planning form offers: who may chair for each side, who may attend, and the Presidency rotation by Member State.</summary>
public sealed record MeetingChoices(
    IReadOnlyList<Choice> Commission,
    IReadOnlyList<Choice> MemberStates,
    IReadOnlyList<Choice> PartnerCountries,
    IReadOnlyList<Choice> Participants,
    IReadOnlyList<PresidencyHolding> Rotation)
{
    /// <summary>The Member State holding the Presidency on the day, as the form proposes it; null outside the known rotation.</summary>
    public Guid? PresidencyOn(DateOnly? day) =>
        day is { } d ? Rotation.FirstOrDefault(r => r.Start <= d && d <= r.End)?.MemberStateId : null;
}

/// <summary>One term of the Presidency, with the Member State's organisation.</summary>
public sealed record PresidencyHolding(DateOnly Start, DateOnly End, Guid MemberStateId);
