using MobilityPartnerships.Web.Features.ActionPoints;


namespace MobilityPartnerships.Web.Features.Meetings.Calendar;

/// <summary>A partnership's open action points and whether the user may plan a meeting, as the prerender read them, for the interactive start.</summary>
public sealed record PrerenderedMeetingsSection(Guid PartnershipId, IReadOnlyList<ActionPointEntry> Points, bool MayPlan);
