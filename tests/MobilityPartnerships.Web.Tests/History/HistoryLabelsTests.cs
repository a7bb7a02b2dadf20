using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Tests.Localisation;

namespace MobilityPartnerships.Web.Tests.History;

/// <summary>
/// The history timelines (an initiative's, a partnership's) name every field and record they may show in the reader's
/// language: each property the history records, of every record of those aggregates, has its label among the app's texts
/// (English, and French beside it by the French texts' own tests), rather than its code name made readable in English.
/// A record's key to its aggregate's root never changes and is not labelled.
/// </summary>
public sealed class HistoryLabelsTests
{
    [Fact]
    public void Every_field_the_history_records_has_a_label()
    {
        var missing = Recorded()
            .SelectMany(type => type.GetProperties().Where(p => HistoryRecorder.IsRecorded(p) && !IsKeyToRoot(p)).Select(p => (Record: type.ClrType.Name, Field: p.Name)))
            .Select(f => (f.Record, f.Field, Key: InitiativeFields.HistoryLabelKey(f.Record, f.Field) ?? $"History_Field_{f.Field}"))
            .Where(f => !ResourceTexts.English.ContainsKey(f.Key))
            .Select(f => $"{f.Record}.{f.Field} ({f.Key})")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "No label for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_record_the_history_records_has_a_label()
    {
        var missing = Recorded()
            .Where(t => !Timelines.Contains(t.ClrType))
            .Select(t => $"History_Record_{t.ClrType.Name}")
            .Where(key => !ResourceTexts.English.ContainsKey(key))
            .ToList();

        Assert.True(missing.Count == 0, "No label for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_range_a_record_holds_has_a_label_of_its_own_in_english_and_french()
    {
        // An added indicator value reads "period 1 April 2026 – 30 June 2026": its start and end ("PeriodStart", "PeriodEnd") as one range, labelled.
        var ranges = Recorded()
            .SelectMany(type => type.GetProperties().Where(HistoryRecorder.IsRecorded).Select(p => p.Name)
                .Where(name => name.EndsWith("Start", StringComparison.Ordinal) && type.FindProperty(name[..^"Start".Length] + "End") is not null)
                .Select(name => $"History_Field_{name[..^"Start".Length]}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("History_Field_Period", ranges);

        var missing = ranges.Where(key => !ResourceTexts.English.ContainsKey(key) || !ResourceTexts.French.ContainsKey(key)).ToList();

        Assert.True(missing.Count == 0, "No label in English and French for: " + string.Join(", ", missing));
    }

    /// <summary>The aggregates whose history a page shows (<c>HistoryTimeline</c> on the initiative's and the partnership's pages).</summary>
    private static readonly Type[] Timelines = [typeof(Domain.Initiatives.Initiative), typeof(Domain.Partnerships.Partnership)];

    /// <summary>The recorded records of the aggregates a timeline shows: their roots, and the records whose key to a root is their first to any root, as the recorder files them.</summary>
    private static List<IEntityType> Recorded()
    {
        // The model only: building it needs no database.
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql("Host=model.invalid").Options);
        var types = db.Model.GetEntityTypes()
            .Where(t => HistoryRecorder.IsRecorded(t.ClrType) && (Timelines.Contains(t.ClrType) || (!HistoryRecorder.IsAggregateRoot(t.ClrType) && Timelines.Contains(t.GetForeignKeys().FirstOrDefault(k => HistoryRecorder.IsAggregateRoot(k.PrincipalEntityType.ClrType))?.PrincipalEntityType.ClrType))))
            .ToList();
        Assert.Contains(types, t => t.ClrType == typeof(Domain.Initiatives.FundingLine));
        return types;
    }

    private static bool IsKeyToRoot(IProperty property) =>
        property.GetContainingForeignKeys().Any(k => HistoryRecorder.IsAggregateRoot(k.PrincipalEntityType.ClrType));
}
