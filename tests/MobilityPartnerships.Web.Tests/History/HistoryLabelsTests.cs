using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.History;
using MobilityPartnerships.Web.Features.History.Reading;
using MobilityPartnerships.Web.Tests.Localisation;

namespace MobilityPartnerships.Web.Tests.History;

/// <summary>
/// History names every field and record it records in the reader's language: each property the history records, of
/// every record it records (an initiative's and a partnership's, a meeting's with its action points and agenda items, an
/// organisation, an account), has its label in English and in French among the app's texts, rather than its code name
/// made readable in English. A record's key to its aggregate's root never changes and is not labelled.
/// </summary>
public sealed class HistoryLabelsTests
{
    [Fact]
    public void Every_field_the_history_records_has_a_label()
    {
        var missing = Recorded()
            .SelectMany(type => type.GetProperties().Where(p => HistoryRecorder.IsRecorded(p) && !IsKeyToRoot(p)).Select(p => (Record: type.ClrType.Name, Field: p.Name)))
            .Select(f => (f.Record, f.Field, Keys: HistoryWording.FieldLabelKeys(f.Record, f.Field).ToList()))
            .Where(f => f.Keys.Find(ResourceTexts.English.ContainsKey) is not { } key || !ResourceTexts.French.ContainsKey(key))
            .Select(f => $"{f.Record}.{f.Field} ({f.Keys[^1]})")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "No label for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_record_the_history_records_has_a_label()
    {
        var missing = Recorded()
            .Where(t => !CreatedInASentence.Contains(t.ClrType))
            .Select(t => $"History_Record_{t.ClrType.Name}")
            .Where(key => !ResourceTexts.English.ContainsKey(key) || !ResourceTexts.French.ContainsKey(key))
            .Distinct(StringComparer.Ordinal)
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

    /// <summary>The roots whose creation reads as a sentence of its own ("History_Created_Initiative"), not as a record added.</summary>
    private static readonly Type[] CreatedInASentence = [typeof(Domain.Initiatives.Initiative), typeof(Domain.Partnerships.Partnership)];

    /// <summary>Every record the recorder writes history for, as the model holds them.</summary>
    private static List<IEntityType> Recorded()
    {
        // The model only: building it needs no database.
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql("Host=model.invalid").Options);
        var types = db.Model.GetEntityTypes().Where(t => HistoryRecorder.IsRecorded(t.ClrType)).ToList();
        Assert.Contains(types, t => t.ClrType == typeof(Domain.Initiatives.FundingLine));
        Assert.Contains(types, t => t.ClrType == typeof(Domain.Meetings.ActionPoint));
        Assert.Contains(types, t => t.ClrType == typeof(Domain.Meetings.AgendaItem));
        return types;
    }

    private static bool IsKeyToRoot(IProperty property) =>
        property.GetContainingForeignKeys().Any(k => HistoryRecorder.IsAggregateRoot(k.PrincipalEntityType.ClrType));
}
