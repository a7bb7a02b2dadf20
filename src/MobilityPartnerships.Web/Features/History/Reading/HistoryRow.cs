using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.History;

namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>
/// One row of the single statement that reads a timeline: an entry of the record's change sets read, or a name for an
/// id that older entries hold without one (today's name of the record it points at), or a name a removed record's
/// own history last gave it (one row per name field, the latest value of each), or a mark that older change sets remain,
/// or, on a French page, the English and French names of a record the entries name that has a French name.
/// </summary>
internal sealed class HistoryRow
{
    public const int Entry = 0;
    public const int CurrentName = 1;
    public const int HistoricName = 2;
    public const int Older = 3;
    public const int FrenchName = 4;

    // What Guid.TryParse reads of an id as history stores it: 32 hexadecimal digits, with or without hyphens or braces.
    private const string GuidPattern = "^[{]?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}[}]?$";

    // The order in which a removed record's own history names it: an organisation's short name before its name.
    private static readonly string[] NameFields = ["ShortName", "Name", "Text", "DisplayName"];

    public int Kind { get; init; }

    public long Id { get; init; }

    public Guid? ChangeSetId { get; init; }

    public DateTimeOffset? OccurredAt { get; init; }

    public string? UserName { get; init; }

    public string? AggregateType { get; init; }

    public string? AggregateId { get; init; }

    public string? RecordType { get; init; }

    public string? RecordId { get; init; }

    public string? Action { get; init; }

    public string? Field { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    public string? ValueType { get; init; }

    public string? OldName { get; init; }

    public string? NewName { get; init; }

    public string? RecordName { get; init; }

    public string? RecordKind { get; init; }

    public int? RecordOrdinal { get; init; }

    public string? Via { get; init; }

    /// <summary>
    /// The entries of the record's last <paramref name="maxEvents"/> change sets saved before <paramref name="before"/>
    /// (the very last when null), ordered by when they were saved and then by their last entry (keyset paging, never an
    /// offset); the names that entries written before history kept names need: today's names of the records their ids
    /// point at and, for records since removed, the last names their own history gave them (read through the index of each
    /// record's own history: a named record is an aggregate of its own); and an
    /// <see cref="Older"/> row when older change sets remain; when <paramref name="french"/>, the names in English and in
    /// French of the organisations, participants and thematic areas the entries point at that have one. One statement.
    /// </summary>
    public static Task<List<HistoryRow>> QueryAsync(AppDbContext db, string aggregateType, string aggregateId, int maxEvents, HistoryCursor? before, bool french, CancellationToken cancellationToken)
    {
        var namedTypes = HistoryReferences.Named.ToArray();
        var nameFields = NameFields;
        var newest = before is null;
        var beforeAt = before?.At.ToUniversalTime() ?? DateTimeOffset.UnixEpoch;
        var beforeId = before?.LastEntryId ?? 0L;
        var oneMore = maxEvents + 1;
        return db.Database.SqlQuery<HistoryRow>($"""
            WITH candidates AS (
                SELECT change_set_id, max(occurred_at) AS at, max(id) AS last FROM history_entries
                WHERE aggregate_type = {aggregateType} AND aggregate_id = {aggregateId}
                GROUP BY change_set_id
                HAVING {newest} OR (max(occurred_at), max(id)) < ({beforeAt}, {beforeId})
                ORDER BY at DESC, last DESC LIMIT {oneMore}),
            sets AS (
                SELECT change_set_id FROM candidates ORDER BY at DESC, last DESC LIMIT {maxEvents}),
            entries AS (
                SELECT * FROM history_entries
                WHERE aggregate_type = {aggregateType} AND aggregate_id = {aggregateId}
                  AND change_set_id IN (SELECT change_set_id FROM sets)),
            refs AS (
                SELECT DISTINCT btrim(value)::uuid AS id
                FROM (SELECT old_value AS value FROM entries WHERE old_name IS NULL
                      UNION ALL SELECT new_value FROM entries WHERE new_name IS NULL
                      UNION ALL SELECT unnest(string_to_array(record_id, ',')) FROM entries WHERE record_name IS NULL) AS v
                WHERE btrim(value) ~* {GuidPattern}),
            names AS (
                SELECT o.id, coalesce(o.short_name, o.name) AS name FROM organisations o WHERE o.id IN (SELECT id FROM refs)
                UNION ALL SELECT t.id, t.name FROM thematic_areas t WHERE t.id IN (SELECT id FROM refs)
                UNION ALL SELECT c.id, c.text FROM commitments c WHERE c.id IN (SELECT id FROM refs)
                UNION ALL SELECT p.id, coalesce(o.short_name, o.name) FROM partnership_participants p
                          JOIN organisations o ON o.id = p.organisation_id WHERE p.id IN (SELECT id FROM refs)
                UNION ALL SELECT a.id, a.display_name FROM accounts a WHERE a.id IN (SELECT id FROM refs)
                UNION ALL SELECT i.id, i.name FROM initiative_indicators i WHERE i.id IN (SELECT id FROM refs)
                UNION ALL SELECT f.id, f.programme FROM funding_lines f WHERE f.id IN (SELECT id FROM refs) AND f.programme IS NOT NULL),
            pointed AS (
                SELECT DISTINCT btrim(value)::uuid AS id
                FROM (SELECT old_value AS value FROM entries UNION ALL SELECT new_value FROM entries
                      UNION ALL SELECT unnest(string_to_array(record_id, ',')) FROM entries) AS v
                WHERE {french} AND btrim(value) ~* {GuidPattern}),
            french AS (
                SELECT o.id, coalesce(o.short_name, o.name) AS english, coalesce(o.french_short_name, o.french_name) AS french
                FROM organisations o WHERE o.french_name IS NOT NULL AND o.id IN (SELECT id FROM pointed)
                UNION ALL SELECT t.id, t.name, t.french_name FROM thematic_areas t WHERE t.french_name IS NOT NULL AND t.id IN (SELECT id FROM pointed)
                UNION ALL SELECT p.id, coalesce(o.short_name, o.name), coalesce(o.french_short_name, o.french_name) FROM partnership_participants p
                          JOIN organisations o ON o.id = p.organisation_id WHERE o.french_name IS NOT NULL AND p.id IN (SELECT id FROM pointed)),
            renamed AS (
                SELECT DISTINCT ON (h.aggregate_id, h.field) h.id, h.aggregate_id, h.field, h.new_value
                FROM history_entries h
                WHERE h.aggregate_type = ANY ({namedTypes}) AND h.record_type = h.aggregate_type
                  AND h.aggregate_id IN (SELECT id::text FROM refs WHERE id NOT IN (SELECT id FROM names))
                  AND h.field = ANY ({nameFields}) AND h.new_value IS NOT NULL
                ORDER BY h.aggregate_id, h.field, h.id DESC)
            SELECT 0 AS kind, e.id, e.change_set_id, e.occurred_at, e.user_name, e.aggregate_type, e.aggregate_id, e.record_type,
                   e.record_id, e.action, e.field, e.old_value, e.new_value, e.value_type, e.old_name, e.new_name, e.record_name,
                   e.record_kind, e.record_ordinal, e.via
            FROM entries e
            UNION ALL
            SELECT 1, 0, NULL, NULL, NULL, NULL, n.id::text, NULL, NULL, NULL, NULL, NULL, n.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM names n
            UNION ALL
            SELECT 2, r.id, NULL, NULL, NULL, NULL, r.aggregate_id, NULL, NULL, NULL, r.field, NULL, r.new_value, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM renamed r
            UNION ALL
            SELECT 3, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            WHERE (SELECT count(*) FROM candidates) > {maxEvents}
            UNION ALL
            SELECT 4, 0, NULL, NULL, NULL, NULL, f.id::text, NULL, NULL, NULL, NULL, f.english, f.french, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM french f
            """).ToListAsync(cancellationToken);
    }

    /// <summary>The names the statement found: today's first, then for the removed the first of their historic name fields.</summary>
    public static Dictionary<Guid, string> Names(IEnumerable<HistoryRow> rows)
    {
        var all = rows.ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var row in all.Where(r => r.Kind == CurrentName))
        {
            if (Guid.TryParse(row.AggregateId, out var id) && row.NewValue is not null)
            {
                names[id] = row.NewValue;
            }
        }

        foreach (var record in all.Where(r => r.Kind == HistoricName).GroupBy(r => r.AggregateId))
        {
            var latest = record.ToDictionary(r => r.Field!, r => r.NewValue!, StringComparer.Ordinal);
            var name = NameFields.Select(latest.GetValueOrDefault).FirstOrDefault(n => n is not null);
            if (name is not null && Guid.TryParse(record.Key, out var id) && !names.ContainsKey(id))
            {
                names[id] = name;
            }
        }

        return names;
    }

    /// <summary>The French names the statement found, with the English name each stands for.</summary>
    public static Dictionary<Guid, (string English, string French)> FrenchNames(IEnumerable<HistoryRow> rows) =>
        rows.Where(r => r.Kind == FrenchName && r.OldValue is not null && r.NewValue is not null && Guid.TryParse(r.AggregateId, out _))
            .ToDictionary(r => Guid.Parse(r.AggregateId!), r => (r.OldValue!, r.NewValue!));

    public HistoryEntry ToEntry() => new()
    {
        Id = Id,
        ChangeSetId = ChangeSetId!.Value,
        OccurredAt = OccurredAt!.Value,
        UserName = UserName ?? string.Empty,
        AggregateType = AggregateType!,
        AggregateId = AggregateId!,
        RecordType = RecordType!,
        RecordId = RecordId,
        Action = Enum.Parse<HistoryAction>(Action!),
        Field = Field!,
        OldValue = OldValue,
        NewValue = NewValue,
        ValueType = ValueType,
        OldName = OldName,
        NewName = NewName,
        RecordName = RecordName,
        RecordKind = RecordKind,
        RecordOrdinal = RecordOrdinal,
        Via = Via,
    };
}
