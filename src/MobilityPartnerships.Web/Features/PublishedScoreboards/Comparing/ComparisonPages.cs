using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;

/// <summary>
/// A comparison as its page shows and keeps it: of each list (added, removed, changed, progress in between) one page
/// with the list's true count, the changes already in words. The whole comparison is worked out for each read and
/// dropped: what the page renders and keeps while open is bounded by its pages, however many rows differ.
/// </summary>
public sealed record ComparisonPages(
    Guid PartnershipId,
    string PartnershipName,
    ComparedScoreboard Older,
    ComparedScoreboard Newer,
    IReadOnlyList<VersionChoice> Versions,
    bool NothingDiffers,
    ListPage<PublishedInitiative> Added,
    ListPage<PublishedInitiative> Removed,
    ListPage<WordedChange> Changed,
    ListPage<ProgressInBetween> Progress)
{
    /// <summary>How many items of a list a page shows, as many as the scoreboard's and a version's pages.</summary>
    public const int PageSize = ScoreboardQuery.DefaultPageSize;

    /// <summary>The pages asked for (each from 0; past a list's last, its last) of <paramref name="comparison"/>, its changes worded by <paramref name="text"/>.</summary>
    public static ComparisonPages Of(VersionComparison comparison, ComparisonPagesAsked asked, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(asked);
        var differences = comparison.Differences;
        var changed = ListPage.Of(differences.Changed, asked.Changed);
        return new ComparisonPages(
            comparison.PartnershipId,
            comparison.PartnershipName,
            comparison.Older,
            comparison.Newer,
            comparison.Versions,
            differences.IsEmpty,
            ListPage.Of(differences.Added, asked.Added),
            ListPage.Of(differences.Removed, asked.Removed),
            new ListPage<WordedChange>([.. changed.Items.Select(c => WordedChange.Of(c, text))], changed.Page, changed.Count),
            ListPage.Of(comparison.Progress, asked.Progress));
    }
}

/// <summary>The page of each of a comparison's lists an address asks for, from 0.</summary>
public sealed record ComparisonPagesAsked(int Added, int Removed, int Changed, int Progress)
{
    public static readonly ComparisonPagesAsked First = new(0, 0, 0, 0);
}

/// <summary>One page (<see cref="Page"/>, from 0) of a list of <see cref="Count"/> items, <see cref="ComparisonPages.PageSize"/> a page.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int Count);

/// <summary>Cuts a list into <see cref="ListPage{T}"/>s.</summary>
public static class ListPage
{
    /// <summary>The page <paramref name="page"/> (from 0; past the last, the last) of <paramref name="all"/>.</summary>
    public static ListPage<T> Of<T>(IReadOnlyList<T> all, int page)
    {
        ArgumentNullException.ThrowIfNull(all);
        var shown = RowPager.Within(page, all.Count, ComparisonPages.PageSize);
        return new ListPage<T>([.. all.Skip(shown * ComparisonPages.PageSize).Take(ComparisonPages.PageSize)], shown, all.Count);
    }
}

/// <summary>An initiative that changed, as the page heads it, with each changed part in words.</summary>
public sealed record WordedChange(string Heading, IReadOnlyList<WordedField> Fields)
{
    public static WordedChange Of(InitiativeChange change, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(change);
        var row = change.After;
        return new WordedChange(
            row.ReferenceCode is { } code ? $"{code} · {row.Title}" : row.Title,
            [.. change.Changes.Select(f => new WordedField(f.Fact ?? f.Field.ToString(), text.Label(f), text.Before(f), text.After(f)))]);
    }
}

/// <summary>A changed part in words: its label, the value before and after; <see cref="Name"/> names it for tests and styles.</summary>
public sealed record WordedField(string Name, string Label, string Before, string After);
