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
    /// The four kinds of results, each within the user's scope (partnerships they read; unshared initiatives and
    /// their contact points only for the EU side; nothing archived), ranked and cut to the best, with the full count.
    /// Initiatives rank by weighted full-text rank (title and code first, then place and partners, then summary),
    /// plus how closely the search text stands in the title and the title as a whole resembles it (a longer title holding
    /// the same words ranks below), plus a whole reference code or a whole title typed.
    /// </summary>
    public const string Results = """
        WITH q AS (SELECT @query::tsquery AS query, mp_search_text(@text) AS text),
        hits AS (
            SELECT d.initiative_id,
                   ts_rank(d.document, q.query) + 0.5 * word_similarity(q.text, d.title) + 0.5 * similarity(q.text, d.title)
                     + CASE WHEN d.code <> '' AND d.code = q.text THEN 1 ELSE 0 END + CASE WHEN d.title = q.text THEN 1 ELSE 0 END AS rank,
                   count(*) OVER () AS total
            FROM search_documents d CROSS JOIN q
            WHERE d.partnership_id = ANY (@partnerships) AND (@sees_unshared OR d.is_shareable) AND NOT d.is_archived
              AND d.document @@ q.query
            ORDER BY rank DESC, d.initiative_id
            LIMIT @limit
        )
        SELECT i.id, i.title, i.reference_code, p.id, p.name, i.pillar, i.location, i.summary, h.total
        FROM hits h
        JOIN initiatives i ON i.id = h.initiative_id
        JOIN partnerships p ON p.id = i.partnership_id
        WHERE i.partnership_id = ANY (@partnerships) AND (@sees_unshared OR i.is_shareable)
        ORDER BY h.rank DESC, h.initiative_id;

        WITH q AS (SELECT @query::tsquery AS query)
        SELECT p.id, p.name, c.name, count(*) OVER ()
        FROM partnerships p CROSS JOIN q
        LEFT JOIN organisations c ON c.id = p.partner_country_id
        WHERE p.id = ANY (@partnerships) AND NOT p.is_archived AND mp_search_vector(p.name, NULL) @@ q.query
        ORDER BY ts_rank(mp_search_vector(p.name, NULL), q.query) DESC, p.name
        LIMIT @limit;

        WITH q AS (SELECT @query::tsquery AS query)
        SELECT o.id, o.name, o.short_name, o.kind, count(*) OVER ()
        FROM organisations o CROSS JOIN q
        WHERE mp_search_vector(o.name, o.short_name) @@ q.query
        ORDER BY ts_rank(mp_search_vector(o.name, o.short_name), q.query) DESC, o.name
        LIMIT @limit;

        WITH q AS (SELECT @query::tsquery AS query)
        SELECT c.name, c."function", o.name, c.email, c.phone, i.id, i.title, count(*) OVER ()
        FROM initiative_contact_points c CROSS JOIN q
        JOIN initiatives i ON i.id = c.initiative_id
        LEFT JOIN organisations o ON o.id = c.organisation_id
        WHERE i.partnership_id = ANY (@partnerships) AND (@sees_unshared OR i.is_shareable) AND NOT i.is_archived
          AND mp_search_vector(c.name, c."function") @@ q.query
        ORDER BY ts_rank(mp_search_vector(c.name, c."function"), q.query) DESC, c.name, c.id
        LIMIT @limit;
        """;
}
