using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>
/// A compared part of a scoreboard row in a briefing pack: in the very words of the comparison of versions
/// (<see cref="ComparisonWording"/>), so that a pack and the page never say the same change two ways.
/// </summary>
public sealed class PackChangeWording(IStringLocalizer<Strings> text)
{
    public string Label(FieldChange change) => text.Label(change);

    public string Value(ComparedField field, object? value) => text.Value(field, value);

    public string Before(FieldChange change) => text.Before(change);

    public string After(FieldChange change) => text.After(change);
}
