using System.Text.Json;
using System.Text.RegularExpressions;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.Web.Tests.Data;

/// <summary>
/// Users read a record's source as the document's reference, "SEC(2009) 1240, Annex I" or "EMN ad-hoc query (2010),
/// answer of France", never as the number of the seed document it was taken from ("000 Annex I", "001 answer of
/// France"; docs/demo-facts.md). Checked on the files as the app embeds them: the reference data's thematic areas and
/// the demo data (every "source", and the "Source: …" that closes a progress update's narrative).
/// </summary>
public sealed partial class SourcesInFullGuardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_source_in_the_demo_or_reference_data_names_a_seed_document_by_its_number()
    {
        var sources = (await EmbeddedFile.ReadCsvAsync("thematic-areas.csv", Ct)).Select(row => ("thematic-areas.csv", row["source"]))
            .Concat(DemoSources("demo-data.json"))
            .Concat(DemoSources("demo-meetings.json"))
            .ToList();

        var offenders = sources.Where(s => SeedNumber().IsMatch(s.Item2)).Select(s => $"{s.Item1}: {s.Item2}").ToList();

        Assert.True(sources.Count > 300, $"The guard read {sources.Count} sources only.");
        Assert.True(offenders.Count == 0, "Sources naming a seed document by its number (write its reference, see docs/demo-facts.md):\n" + string.Join('\n', offenders));
        Assert.Contains(("thematic-areas.csv", "SEC(2009) 1240, Annex I"), sources);
    }

    [Theory]
    [InlineData("000 Annex I", true)]
    [InlineData("001 answer of France", true)]
    [InlineData("SEC(2009) 1240, §3; 001 answer of Spain", true)]
    [InlineData("SEC(2009) 1240, §3; §6", false)]
    [InlineData("COM(2007) 248, Annex II, §1(a) project 1; MEMO/07/197, list of projects", false)]
    [InlineData("Council note 8255/23, MPI paper, information sharing", false)]
    public void The_guard_tells_a_seed_number_from_a_reference(string source, bool seedNumber) =>
        Assert.Equal(seedNumber, SeedNumber().IsMatch(source));

    /// <summary>Each "source" of a demo file, and what follows "Source:" in any other text (a narrative names its source so).</summary>
    private static List<(string File, string Source)> DemoSources(string file)
    {
        using var stream = EmbeddedFile.Open(file);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var found = new List<(string File, string Source)>();
        Walk(document.RootElement, null);
        return found;

        void Walk(JsonElement element, string? property)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var child in element.EnumerateObject())
                    {
                        Walk(child.Value, child.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, property);
                    }

                    break;
                case JsonValueKind.String when property == "source":
                    found.Add((file, element.GetString()!));
                    break;
                case JsonValueKind.String when element.GetString()!.Split("Source:", 2) is [_, var named]:
                    found.Add((file, named.Trim()));
                    break;
            }
        }
    }

    /// <summary>A source, or one of its "; "-separated parts, that starts with a bare three-digit seed number.</summary>
    [GeneratedRegex(@"(^|;)\s*\d{3}\b")]
    private static partial Regex SeedNumber();
}
