using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security;
using MobilityPartnerships.Web.Security.Access;
using Npgsql;
using MobilityPartnerships.Web.Data.Standby;

namespace MobilityPartnerships.Web.Features.Search.Searching;

/// <summary>
/// The one search box: initiatives, partnerships, organisations and contact points by any word of their title,
/// summary, reference code, partners or location, in every partnership the user reads. PostgreSQL does the work
/// (see <see cref="SearchSql"/>); the user's <see cref="ReadScope"/> is applied in the query, before ranking.
/// Contact points are those of initiatives the user reads, which are the ones whose contact details they may see.
/// </summary>
public sealed class SearchEverything(LaggingReads contexts, AccessControl access, SearchAllowance allowance, IStringLocalizer<Strings> text)
{
    /// <summary>The first page of every kind of result: the best of each.</summary>
    public Task<SearchOutcome> ExecuteAsync(string? searchText, CancellationToken cancellationToken = default) =>
        SearchAsync(searchText, null, 0, cancellationToken);

    /// <summary>
    /// The page <paramref name="page"/> (from 0; past the last, the last) of one kind of result, and nothing of the others.
    /// Any page costs the database what the first does (see <see cref="SearchSql"/>).
    /// </summary>
    public Task<SearchOutcome> ExecuteAsync(string? searchText, ResultGroup group, int page, CancellationToken cancellationToken = default) =>
        SearchAsync(searchText, group, Math.Max(0, page), cancellationToken);

    private async Task<SearchOutcome> SearchAsync(string? searchText, ResultGroup? group, int page, CancellationToken cancellationToken)
    {
        // Read as every filter's text is: blank asks nothing, lengths in characters as the database counts them.
        var trimmed = AddressValue.FilterText(searchText, SearchText.MaxLength, out var problem);
        switch (problem)
        {
            case FilterTextProblem.TooLong:
                return new SearchOutcome.Refused(text["Search_TooLong", TextCharacters.Count(searchText!.Trim()), SearchText.MaxLength]);
            case FilterTextProblem.ControlCharacter:
                // PostgreSQL takes no NUL in text; no control character belongs in a search anyway.
                return new SearchOutcome.Refused(text["Search_ControlCharacter"]);
        }

        if (trimmed is null)
        {
            return new SearchOutcome.NothingAsked();
        }

        var scope = await access.ReadScopeAsync(cancellationToken);
        if (scope.Actor is { } actor && await allowance.TryTakeAsync(actor.UserId, cancellationToken) is (false, var retryAfter))
        {
            return new SearchOutcome.Refused(text.Counted("Search_Throttled", Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        var (query, terms) = await TermsAsync(connection, trimmed, cancellationToken);
        if (query is null || scope.Actor is null)
        {
            return new SearchOutcome.Found(SearchResults.Nothing(trimmed) with { Terms = terms, Group = group });
        }

        await using var command = new NpgsqlCommand(group switch
        {
            null => SearchSql.Results,
            ResultGroup.Initiatives => SearchSql.Initiatives,
            ResultGroup.Partnerships => SearchSql.Partnerships,
            ResultGroup.Organisations => SearchSql.Organisations,
            _ => SearchSql.ContactPoints,
        }, connection);
        command.Parameters.AddWithValue("query", query);
        command.Parameters.AddWithValue("text", trimmed);
        command.Parameters.AddWithValue("partnerships", scope.Partnerships.ToArray());
        command.Parameters.AddWithValue("sees_unshared", scope.SeesUnshared);
        command.Parameters.AddWithValue("limit", SearchText.PageSize);
        command.Parameters.AddWithValue("offset", (long)page * SearchText.PageSize);
        command.Parameters.AddWithValue("counted", SearchText.MaxCounted + 1);
        command.Parameters.AddWithValue("reachable", (long)SearchText.MaxCounted);
        command.Parameters.AddWithValue("candidates", SearchText.RankedCandidates);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var nothing = SearchResults.Nothing(trimmed) with { Terms = terms, Group = group };
        switch (group)
        {
            case null:
                var initiatives = await InitiativesAsync(reader, page, cancellationToken);
                await reader.NextResultAsync(cancellationToken);
                var partnerships = await PartnershipsAsync(reader, page, cancellationToken);
                await reader.NextResultAsync(cancellationToken);
                var organisations = await OrganisationsAsync(reader, page, cancellationToken);
                await reader.NextResultAsync(cancellationToken);
                var contactPoints = await ContactPointsAsync(reader, page, cancellationToken);
                return new SearchOutcome.Found(new SearchResults(trimmed, terms, initiatives, partnerships, organisations, contactPoints));
            case ResultGroup.Initiatives:
                return new SearchOutcome.Found(nothing with { Initiatives = await InitiativesAsync(reader, page, cancellationToken) });
            case ResultGroup.Partnerships:
                return new SearchOutcome.Found(nothing with { Partnerships = await PartnershipsAsync(reader, page, cancellationToken) });
            case ResultGroup.Organisations:
                return new SearchOutcome.Found(nothing with { Organisations = await OrganisationsAsync(reader, page, cancellationToken) });
            default:
                return new SearchOutcome.Found(nothing with { ContactPoints = await ContactPointsAsync(reader, page, cancellationToken) });
        }
    }

    private static Task<SearchGroup<InitiativeHit>> InitiativesAsync(DbDataReader reader, int page, CancellationToken cancellationToken) =>
        ReadAsync(reader, r => new InitiativeHit(
            r.GetGuid(0), r.GetString(1), Optional(r, 2), r.GetGuid(3), r.GetString(4), Enum.Parse<Pillar>(r.GetString(5)), Optional(r, 6), Optional(r, 7)), 8, page, cancellationToken);

    private static Task<SearchGroup<PartnershipHit>> PartnershipsAsync(DbDataReader reader, int page, CancellationToken cancellationToken) =>
        ReadAsync(reader, r => new PartnershipHit(r.GetGuid(0), r.GetString(1), Optional(r, 2)), 3, page, cancellationToken);

    private static Task<SearchGroup<OrganisationHit>> OrganisationsAsync(DbDataReader reader, int page, CancellationToken cancellationToken) =>
        ReadAsync(reader, r => new OrganisationHit(r.GetGuid(0), r.GetString(1), Optional(r, 2), Enum.Parse<OrganisationKind>(r.GetString(3))), 4, page, cancellationToken);

    private static Task<SearchGroup<ContactPointHit>> ContactPointsAsync(DbDataReader reader, int page, CancellationToken cancellationToken) =>
        ReadAsync(reader, r => new ContactPointHit(
            r.GetString(0), Optional(r, 1), Optional(r, 2), Optional(r, 3), Optional(r, 4), r.GetGuid(5), r.GetString(6)), 7, page, cancellationToken);

    private static async Task<(string? Query, IReadOnlyList<SearchTerm> Terms)> TermsAsync(NpgsqlConnection connection, string searchText, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(SearchSql.Terms, connection);
        command.Parameters.AddWithValue("text", searchText);
        command.Parameters.AddWithValue("max_words", SearchText.MaxWords);
        command.Parameters.AddWithValue("min_typo_length", SearchText.MinTypoLength);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var query = Optional(reader, 0);
        var words = reader.GetFieldValue<string[]>(1);
        var prefixes = reader.GetFieldValue<bool[]>(2);
        return (query, [.. words.Zip(prefixes, (word, prefix) => new SearchTerm(word, prefix))]);
    }

    /// <summary>
    /// A page of one kind, and how many there are. The statement started the page where <see cref="RowPager.Within"/>
    /// puts the page asked within the count (at most <see cref="SearchText.MaxCounted"/>), so that is the page shown.
    /// </summary>
    private static async Task<SearchGroup<T>> ReadAsync<T>(DbDataReader reader, Func<DbDataReader, T> read, int totalColumn, int page, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var total = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
            total = reader.GetInt64(totalColumn);
        }

        // One more than counted was found: there are more than that.
        var counted = (int)Math.Min(total, SearchText.MaxCounted);
        return new SearchGroup<T>(items, counted, MoreThanTotal: total > SearchText.MaxCounted, Page: RowPager.Within(page, counted, SearchText.PageSize));
    }

    private static string? Optional(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
