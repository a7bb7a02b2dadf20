using System.Text;
using System.Text.Json;
using MobilityPartnerships.Web.Features.Initiatives.Importing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// A cell of megabytes is refused with its real length, and the preview (what the page shows and the circuit keeps)
/// holds no more than a few kilobytes of it.
/// </summary>
public sealed class OversizedCellTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>What one refused row of the preview may hold, all its texts together, written out.</summary>
    private const int MaxPreviewChars = 8_000;

    [Fact]
    public async Task A_title_of_five_million_characters_is_refused_with_its_length_and_the_preview_keeps_only_its_start()
    {
        var scene = await Scene.StoreAsync(fixture);
        var title = new string('T', 5_000_000);
        var preview = await PreviewAsync(scene, $"Title,Pillar\n{title},Legal migration\n");

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        Assert.Contains(row.Problems, p => p.Message == "At most 300 characters (this has 5,000,000).");
        Assert.StartsWith("TTTT", row.Draft.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", row.Draft.Title, StringComparison.Ordinal);
        Assert.InRange(Written(preview), 0, MaxPreviewChars);
    }

    [Fact]
    public async Task An_amount_and_an_organisation_of_a_million_characters_are_refused_and_quoted_only_in_part()
    {
        var scene = await Scene.StoreAsync(fixture);
        var amount = new string('9', 500_000) + "," + new string('x', 499_999);
        var name = string.Join(' ', Enumerable.Repeat("Agency", 142_857));
        var preview = await PreviewAsync(scene, $"Title,Pillar,Total budget,Lead partner\nShort title,Legal migration,\"{amount}\",{name}\n");

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        Assert.Contains(row.Problems, p => p.Column == "Total budget");
        Assert.Contains(row.Problems, p => p.Column == "Lead partner" && p.Message.Contains($"has {name.Length:N0}.", StringComparison.Ordinal));
        Assert.Empty(preview.OrganisationQuestions);
        Assert.InRange(Written(preview), 0, MaxPreviewChars);
    }

    [Fact]
    public async Task A_name_of_a_million_characters_in_a_list_of_partners_is_refused_with_its_length()
    {
        var scene = await Scene.StoreAsync(fixture);
        var name = new string('N', 1_000_000);
        var preview = await PreviewAsync(scene, $"Title,Pillar,Implementing partners\nShort title,Legal migration,\"Caritas; {name}\"\n");

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        Assert.Contains(row.Problems, p => p.Column == "Implementing partners" && p.Message.Contains("has 1,000,000.", StringComparison.Ordinal));
        Assert.All(preview.OrganisationQuestions, q => Assert.InRange(q.Name.Length, 0, 300));
        Assert.InRange(Written(preview), 0, MaxPreviewChars);
    }

    [Fact]
    public async Task Headers_of_thirty_thousand_characters_are_quoted_only_in_part_in_the_problems_at_their_columns()
    {
        var scene = await Scene.StoreAsync(fixture);
        var header = "Start" + new string('.', 30_000) + " date";
        var lead = "Budget" + new string('_', 30_000);
        var request = Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes($"Title,Pillar,{header},{lead}\nShort title,Legal migration,not a month,not money\n"), "sheet.csv", new ImportSettings());
        request = request with { Mapping = request.Mapping.With(3, Web.Features.Initiatives.SheetColumns.InitiativeColumn.TotalBudget) };

        var preview = await Importing.PreviewAsync(fixture.Services, request);

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowOutcome.Refused, row.Outcome);
        var problem = Assert.Single(row.Problems, p => p.Column.StartsWith("Start...", StringComparison.Ordinal));
        Assert.Equal(201, problem.Column.Length);
        var mapped = Assert.Single(row.Problems, p => p.Column.StartsWith("Budget___", StringComparison.Ordinal));
        Assert.Equal(201, mapped.Column.Length);
        Assert.All(preview.Problems, p => Assert.InRange(p.ToString().Length, 0, 2_000));
        Assert.InRange(Written(preview), 0, MaxPreviewChars);
    }

    /// <summary>The preview's texts written out: what the page can show of it and what the circuit keeps.</summary>
    private static int Written(ImportPreview preview) => JsonSerializer.Serialize(preview).Length;

    private async Task<ImportPreview> PreviewAsync(Scene scene, string csv) =>
        await Importing.PreviewAsync(fixture.Services, Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings()));
}
