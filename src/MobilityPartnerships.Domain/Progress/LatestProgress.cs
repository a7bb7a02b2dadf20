using System.Linq.Expressions;

namespace MobilityPartnerships.Domain.Progress;

/// <summary>
/// Which of an initiative's progress updates is its latest, defined once: the one reported on the latest day, and of
/// those the one recorded last (the greatest id). The scoreboard's "latest rating" column and filter, published versions
/// and the progress list all read updates in this order; <see cref="Rating"/> is the same rule as the database reads it.
/// </summary>
public static class LatestProgress
{
    /// <summary>The rating of the latest of one initiative's updates, as the database reads it; null when there is none.</summary>
    public static Expression<Func<IQueryable<ProgressUpdate>, ProgressRating?>> Rating { get; } =
        updates => updates.OrderByDescending(u => u.ReportedOn).ThenByDescending(u => u.Id).Select(u => (ProgressRating?)u.Rating).FirstOrDefault();

    private static readonly Func<IQueryable<ProgressUpdate>, ProgressRating?> RatingInMemory = Rating.Compile();

    /// <summary>
    /// <see cref="Rating"/> where a query may name it: a query that calls it in a lambda is given <see cref="Rating"/>'s
    /// body in its place before the database reads it, so the query's SQL is the rule's own.
    /// </summary>
    public static ProgressRating? RatingOf(IQueryable<ProgressUpdate> updates) => RatingInMemory(updates);

    /// <summary>Updates newest first, as the database orders them.</summary>
    public static IOrderedQueryable<ProgressUpdate> NewestFirst(this IQueryable<ProgressUpdate> updates) =>
        updates.OrderByDescending(u => u.ReportedOn).ThenByDescending(u => u.Id);

    /// <summary>The latest of one initiative's updates read into memory (any shape that has their day and id); null when there is none.</summary>
    public static T? Newest<T>(IEnumerable<T> updates, Func<T, DateOnly> reportedOn, Func<T, Guid> id)
        where T : class =>
        updates.OrderByDescending(reportedOn).ThenByDescending(id).FirstOrDefault();
}
