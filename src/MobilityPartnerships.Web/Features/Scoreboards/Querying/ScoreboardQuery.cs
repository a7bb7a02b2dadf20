using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>What a user asks of a scoreboard: its filters, order and page. All of it is carried in the page's URL.</summary>
public sealed record ScoreboardQuery
{
    /// <summary>The page sizes the scoreboard page offers.</summary>
    public static readonly IReadOnlyList<int> PageSizes = [10, 25, 50, 100];

    /// <summary>The most rows one query returns, whoever asks (the page or the API).</summary>
    public const int MaxPageSize = 200;

    public const int TextMaxLength = 200;

    /// <summary>The most partnerships one query covers together (<see cref="Partnerships"/>).</summary>
    public const int MaxPartnerships = 1000;

    public Guid PartnershipId { get; init; }

    /// <summary>
    /// Several partnerships' initiatives together instead of <see cref="PartnershipId"/>'s alone (a user's own page): one
    /// query for the whole set, never one per partnership. Null: the one partnership.
    /// </summary>
    public IReadOnlySet<Guid>? Partnerships { get; init; }

    /// <summary>Only initiatives this organisation leads or takes part in as a partner.</summary>
    public Guid? InvolvingId { get; init; }

    public Pillar? Pillar { get; init; }

    public Guid? ThematicAreaId { get; init; }

    public InitiativeStatus? Status { get; init; }

    public Guid? LeadId { get; init; }

    public string? Programme { get; init; }

    public string? Text { get; init; }

    /// <summary>Only initiatives new to the partnership, already planned before it, or with that not stated.</summary>
    public Novelty? Novelty { get; init; }

    /// <summary>Only initiatives whose newest progress update has this rating, or that have none yet.</summary>
    public LatestRating? Rating { get; init; }

    /// <summary>Only open initiatives without a recent progress update, by the configured threshold (see <see cref="ScoreboardRow.NeedsUpdate"/>).</summary>
    public bool NeedsUpdate { get; init; }

    /// <summary>Only initiatives past their end month and neither completed nor cancelled (see <see cref="ScoreboardRow.IsLate"/>).</summary>
    public bool Late { get; init; }

    /// <summary>Only initiatives with a funding line from this contributing organisation.</summary>
    public Guid? ContributorId { get; init; }

    /// <summary>Only initiatives serving this partner-country priority (the exact text of one of the partnership's priorities).</summary>
    public string? Priority { get; init; }

    /// <summary>Only initiatives that carry out this commitment of the joint declaration.</summary>
    public Guid? CommitmentId { get; init; }

    public ScoreboardSort Sort { get; init; } = ScoreboardSort.Title;

    public bool Descending { get; init; }

    /// <summary>Zero-based page index.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;

    public bool GroupByPillar { get; init; }

    /// <summary>Archived initiatives are left out of rows and totals unless asked for.</summary>
    public bool IncludeArchived { get; init; }
}
