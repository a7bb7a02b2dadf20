namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>A history as the prerender read it, kept in the page for the interactive start, with where its older changes begin.</summary>
public sealed record PrerenderedHistory(string AggregateType, Guid AggregateId, IReadOnlyList<HistoryEvent> Events, HistoryCursor? Older = null);
