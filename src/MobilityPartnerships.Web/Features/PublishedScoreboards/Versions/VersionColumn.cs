using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;

/// <summary>
/// A column of a published version's download: the field it carries (the name of a published version's member in the
/// API, "Title", or of a fact versions keep, "ExpectedResults"), its header in the language of the user who downloads,
/// its cell for each row and, for long text, the kind of column whose width it takes.
/// </summary>
public sealed record VersionColumn(string Field, Func<string> Header, Func<PublishedInitiative, SheetValue> Value, InitiativeColumn? Kind = null);
