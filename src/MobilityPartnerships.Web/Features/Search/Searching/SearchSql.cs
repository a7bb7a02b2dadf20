using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Features.Search.Searching;

/// <summary>
/// The search's SQL. The search text only ever travels as a parameter; the database splits it into words
/// (mp_search_text, the same form the documents are in) and quotes each as a lexeme (mp_tsquery_lexeme), so
/// quotes, operators, SQL or markup in it are just more words. Access rules are conditions of the WHERE clause,
/// so nothing outside the user's scope is ranked, counted or returned.
/// </summary>
internal static class SearchSql
{
    /// <summary>
    /// The words to look for: each typed word (the last also as a prefix), and for a typed word the documents do
    /// not hold, the closest known words by trigram similarity. One row: the tsquery (all words, each one of its
    /// alternatives) and the alternatives for highlighting. No words, no query.
    /// </summary>
    public const string Terms = """
        WITH tokens AS (
            SELECT t.word, t.ord
            FROM regexp_split_to_table(mp_search_text(@text), ' ') WITH ORDINALITY AS t(word, ord)
            WHERE t.word <> ''
            ORDER BY t.ord
            LIMIT @max_words
        ),
        last_token AS (SELECT max(ord) AS ord FROM tokens),
        alternatives AS (
            SELECT t.ord, t.word, t.ord = l.ord AS prefix, true AS typed
            FROM tokens t CROSS JOIN last_token l
            UNION
            SELECT t.ord, s.word, false, false
            FROM tokens t
            CROSS JOIN LATERAL (
                SELECT w.word FROM search_words w
                WHERE length(t.word) >= @min_typo_length
                  AND NOT EXISTS (SELECT 1 FROM search_words known WHERE known.word = t.word)
                  AND w.word % t.word
                ORDER BY w.word <-> t.word, w.word
                LIMIT 3
            ) s
        ),
        grouped AS (
            SELECT ord, '(' || string_agg(mp_tsquery_lexeme(word, prefix), ' | ' ORDER BY typed DESC, word) || ')' AS alternatives
            FROM alternatives
            GROUP BY ord
        )
        SELECT (SELECT string_agg(alternatives, ' & ' ORDER BY ord) FROM grouped) AS query,
               ARRAY(SELECT word FROM alternatives ORDER BY ord, word, prefix) AS words,
               ARRAY(SELECT prefix FROM alternatives ORDER BY ord, word, prefix) AS prefixes
        """;

    /// <summary>
    /// The initiatives found, within the user's scope (partnerships they read; unshared initiatives only for the EU side;
    /// nothing archived), a page of them in the search's order, with how many there are. The work is bounded whatever the
    /// number of matches, and is the same for any page: at most @counted matches are counted (@counted is one more than
    /// is ever reported, so a full count says "more than"); the candidates are those counted, plus up to @candidates whose
    /// title or code holds every word (the heading index, however many match elsewhere), plus any whose whole title or
    /// code was typed (the title and code indexes). Candidates rank by weighted full-text rank (title and code first, then
    /// place and partners, then summary) plus a whole reference code or a whole title typed; the best @candidates of them
    /// come first, ranked also by how closely the search text stands in the title and the title as a whole resembles it
    /// (a longer title holding the same words ranks below): the trigram comparisons, the dearest part, run on at most
    /// @candidates titles, whichever the page. The other candidates follow by their first rank. The page starts at
    /// @offset, or at the last page's start when that is past the @reachable first (at most @reachable are listed, as at
    /// most that many are counted). The conditions name the parameters themselves, not q's columns, so that the planner
    /// sees the words and knows how many documents they match.
    /// </summary>
    public const string Initiatives = """
        WITH q AS (SELECT @query::tsquery AS query, mp_search_text(@text) AS text),
        found AS (
            SELECT d.initiative_id, d.title, d.code, ts_rank(d.document, q.query) AS text_rank
            FROM search_documents d CROSS JOIN q
            WHERE d.partnership_id = ANY (@partnerships) AND (@sees_unshared OR d.is_shareable) AND NOT d.is_archived
              AND d.document @@ @query::tsquery
            LIMIT @counted
        ),
        candidates AS (
            SELECT c.initiative_id, c.title,
                   c.text_rank + CASE WHEN c.code <> '' AND c.code = q.text THEN 1 ELSE 0 END + CASE WHEN c.title = q.text THEN 1 ELSE 0 END AS first_rank
            FROM (
                SELECT f.initiative_id, f.title, f.code, f.text_rank FROM found f
                UNION
                (SELECT d.initiative_id, d.title, d.code, ts_rank(d.document, q.query)
                 FROM search_documents d CROSS JOIN q
                 WHERE d.partnership_id = ANY (@partnerships) AND (@sees_unshared OR d.is_shareable) AND NOT d.is_archived
                   AND d.heading @@ @query::tsquery
                 LIMIT @candidates)
                UNION
                SELECT d.initiative_id, d.title, d.code, ts_rank(d.document, q.query)
                FROM search_documents d CROSS JOIN q
                WHERE d.partnership_id = ANY (@partnerships) AND (@sees_unshared OR d.is_shareable) AND NOT d.is_archived
                  AND (d.title = mp_search_text(@text) OR (d.code = mp_search_text(@text) AND d.code <> '')) AND d.document @@ @query::tsquery
            ) c CROSS JOIN q
        ),
        placed AS (
            SELECT c.initiative_id, c.title, c.first_rank, row_number() OVER (ORDER BY c.first_rank DESC, c.initiative_id) <= @candidates AS closely
            FROM candidates c
        ),
        hits AS (
            SELECT p.initiative_id, p.closely,
                   CASE WHEN p.closely THEN p.first_rank + 0.5 * word_similarity(q.text, p.title) + 0.5 * similarity(q.text, p.title) ELSE p.first_rank END AS rank
            FROM placed p CROSS JOIN q
            ORDER BY p.closely DESC, rank DESC, p.initiative_id
            OFFSET (SELECT least(@offset, greatest(0, (least(count(*), @reachable) - 1) / @limit) * @limit) FROM found)
            LIMIT @limit
        )
        SELECT i.id, i.title, i.reference_code, p.id, p.name, i.pillar, i.location, i.summary, (SELECT count(*) FROM found) AS total
        FROM hits h
        JOIN initiatives i ON i.id = h.initiative_id
        JOIN partnerships p ON p.id = i.partnership_id
        WHERE i.partnership_id = ANY (@partnerships) AND (@sees_unshared OR i.is_shareable)
        ORDER BY h.closely DESC, h.rank DESC, h.initiative_id;
        """;

    /// <summary>
    /// Partnerships the user reads whose name holds the words, a page of them best first, with how many (a few per user:
    /// counted and ranked in full, on any page). The page starts at @offset, or at the last page's start when that is past
    /// the @reachable first, as for initiatives.
    /// </summary>
    public const string Partnerships = $"""
        WITH q AS (SELECT @query::tsquery AS query),
        matched AS (
            SELECT p.id, p.name, c.name AS country, ts_rank(mp_search_vector(p.name, NULL), q.query) AS rank
            FROM partnerships p CROSS JOIN q
            LEFT JOIN organisations c ON c.id = p.partner_country_id
            WHERE p.id = ANY (@partnerships) AND NOT p.is_archived AND mp_search_vector(p.name, NULL) @@ q.query
        )
        SELECT m.id, m.name, m.country, (SELECT count(*) FROM matched)
        FROM matched m
        ORDER BY m.rank DESC, m.name COLLATE "{NameOrder.Collation}", m.id
        OFFSET (SELECT least(@offset, greatest(0, (least(count(*), @reachable) - 1) / @limit) * @limit) FROM matched)
        LIMIT @limit;
        """;

    /// <summary>Organisations whose name or short name holds the words, a page of them best first, with how many (counted and ranked in full, as for partnerships).</summary>
    public const string Organisations = $"""
        WITH q AS (SELECT @query::tsquery AS query),
        matched AS (
            SELECT o.id, o.name, o.short_name, o.kind, ts_rank(mp_search_vector(o.name, o.short_name), q.query) AS rank
            FROM organisations o CROSS JOIN q
            WHERE mp_search_vector(o.name, o.short_name) @@ q.query
        )
        SELECT m.id, m.name, m.short_name, m.kind, (SELECT count(*) FROM matched)
        FROM matched m
        ORDER BY m.rank DESC, m.name COLLATE "{NameOrder.Collation}", m.id
        OFFSET (SELECT least(@offset, greatest(0, (least(count(*), @reachable) - 1) / @limit) * @limit) FROM matched)
        LIMIT @limit;
        """;

    /// <summary>
    /// Contact points of initiatives the user reads (unshared ones only for the EU side, nothing archived) whose name or
    /// function holds the words. Like initiatives, at most @counted are counted, and only @candidates of them (by name)
    /// are ranked, each rank building the contact point's words again: a surname shared by thousands costs no more than
    /// one shared by a thousand, on any page. Those ranked come first, best first; the others follow by name. The page
    /// starts at @offset, or at the last page's start when that is past the @reachable first.
    /// </summary>
    public const string ContactPoints = $"""
        WITH q AS (SELECT @query::tsquery AS query),
        found AS (
            SELECT c.id, c.name, c."function", c.organisation_id, c.email, c.phone, i.id AS initiative_id, i.title
            FROM initiative_contact_points c
            JOIN initiatives i ON i.id = c.initiative_id
            WHERE i.partnership_id = ANY (@partnerships) AND (@sees_unshared OR i.is_shareable) AND NOT i.is_archived
              AND mp_search_vector(c.name, c."function") @@ @query::tsquery
            LIMIT @counted
        ),
        placed AS (
            SELECT f.*, row_number() OVER (ORDER BY f.name COLLATE "{NameOrder.Collation}", f.id) <= @candidates AS closely
            FROM found f
        ),
        ranked AS (
            SELECT p.*, CASE WHEN p.closely THEN ts_rank(mp_search_vector(p.name, p."function"), q.query) ELSE 0 END AS rank
            FROM placed p CROSS JOIN q
        )
        SELECT r.name, r."function", o.name, r.email, r.phone, r.initiative_id, r.title, (SELECT count(*) FROM found)
        FROM ranked r
        LEFT JOIN organisations o ON o.id = r.organisation_id
        ORDER BY r.closely DESC, r.rank DESC, r.name COLLATE "{NameOrder.Collation}", r.id
        OFFSET (SELECT least(@offset, greatest(0, (least(count(*), @reachable) - 1) / @limit) * @limit) FROM found)
        LIMIT @limit;
        """;

    /// <summary>The four kinds of results in one round trip, each within the user's scope, ranked and cut to a page (the first, for the search of every kind).</summary>
    public const string Results = Initiatives + "\n" + Partnerships + "\n" + Organisations + "\n" + ContactPoints;
}
