namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

/// <summary>What a comparison page's prerender showed at <paramref name="Address"/>, kept in the page for its interactive start.</summary>
public sealed record PrerenderedComparison(string Address, string? Problem, ComparisonPages? Comparison, IReadOnlyList<Crumb> Breadcrumbs);

/// <summary>A step of the breadcrumbs: its text, and its address (none for the page itself).</summary>
public sealed record Crumb(string Text, string? Href);
