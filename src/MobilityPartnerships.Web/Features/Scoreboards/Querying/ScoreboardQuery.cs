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

    /// <summary>
    /// The values of the query that are not one field's filter, each with why; the filters that narrow initiatives by one
    /// of their fields are declared in that field's catalogue entry (<see cref="Initiatives.Fields.InitiativeFields.Filters"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> NotFieldFilters { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(PartnershipId)] = "Which scoreboard is read, not a filter of its initiatives.",
        [nameof(Partnerships)] = "Several partnerships' scoreboards read as one (a user's own page).",
        [nameof(InvolvingId)] = "An organisation that leads or is a partner: two fields at once (a user's own page).",
        [nameof(Text)] = "A search through several fields' texts together: titles, reference code, summary and location.",
        [nameof(Rating)] = "The newest progress update's rating: progress updates, not a field of the initiative.",
        [nameof(NeedsUpdate)] = "Progress updates weighed against the configured number of days, for open initiatives.",
        [nameof(Late)] = "The period's end month weighed against today and the status together.",
        [nameof(IncludeArchived)] = "The record's state, not one of its fields: archived initiatives stay out unless asked for.",
        [nameof(Sort)] = "The order, not a filter.",
        [nameof(Descending)] = "The order, not a filter.",
        [nameof(Page)] = "The page, not a filter.",
        [nameof(PageSize)] = "The page, not a filter.",
        [nameof(PagePerPartnership)] = "The page, not a filter: each partnership of a set paged on its own (a user's own page).",
        [nameof(GroupByPillar)] = "How the page lays its rows out, not a filter.",
    };

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

    /// <summary>How many rows a page of a list shows unless asked otherwise: the scoreboard's, a published version's and a comparison's lists alike.</summary>
    public const int DefaultPageSize = 25;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>
    /// With <see cref="Partnerships"/>, each partnership's own page (<see cref="Page"/>, <see cref="PageSize"/>) rather than
    /// one page across them: a user's own page lists each partnership's first rows, however many the others hold. The rows
    /// are then at most <see cref="PageSize"/> times the partnerships (<see cref="MaxPartnerships"/> at most); the totals
    /// are of all of them, as ever.
    /// </summary>
    public bool PagePerPartnership { get; init; }

    public bool GroupByPillar { get; init; }

    /// <summary>Archived initiatives are left out of rows and totals unless asked for.</summary>
    public bool IncludeArchived { get; init; }

    /// <summary>
    /// Whether the query takes every initiative of its partnerships that the user reads (archived ones as asked): it equals
    /// the query of its partnerships, archive choice, order and page alone, so any value added to the query later counts as
    /// narrowing until it is named here.
    /// </summary>
    public bool NarrowsNothing() => this == new ScoreboardQuery
    {
        PartnershipId = PartnershipId,
        Partnerships = Partnerships,
        IncludeArchived = IncludeArchived,
        Sort = Sort,
        Descending = Descending,
        Page = Page,
        PageSize = PageSize,
        PagePerPartnership = PagePerPartnership,
        GroupByPillar = GroupByPillar,
    };
}
