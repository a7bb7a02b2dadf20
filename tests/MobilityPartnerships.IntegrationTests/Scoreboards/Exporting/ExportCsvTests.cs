using System.Text;
using MobilityPartnerships.Domain.Access;
using Sylvan.Data.Csv;

namespace MobilityPartnerships.IntegrationTests.Scoreboards.Exporting;

/// <summary>The .csv export: UTF-8 with a byte order mark, RFC 4180 quoting, formulas made harmless, culture-free months and amounts.</summary>
public sealed class ExportCsvTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task The_file_starts_with_the_UTF8_byte_order_mark_and_keeps_accents()
    {
        var bytes = await Exports.CsvAsync(fixture.Services, fixture.MoldovaId);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("Reference code,Title,Pillar,Lead,Status,Start,End,Duration (months),Period note,Funding source,Funding programme,Contributor,Total budget,Total budget: funding lines not known,EU contribution,EU contribution: funding lines not known\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Initiative 08 in Chișinău", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cells_that_start_with_a_formula_character_get_an_apostrophe()
    {
        var rows = Read(await Exports.CsvAsync(fixture.Services, fixture.MoldovaId, "?columns=all"));

        Assert.Equal("'" + ExportFixture.FormulaTitle, rows["MD-001"]["Title"]);
        Assert.Equal("'" + ExportFixture.PlusTitle, rows["MD-002"]["Title"]);
        Assert.Equal("'" + ExportFixture.MinusTitle, rows["MD-003"]["Title"]);
        Assert.Equal("'" + ExportFixture.AtTitle, rows["MD-004"]["Title"]);
        Assert.Equal("Initiative 08 in Chișinău", rows["MD-008"]["Title"]);
    }

    [Fact]
    public async Task Commas_quotes_and_line_breaks_are_quoted_and_read_back_whole()
    {
        var bytes = await Exports.CsvAsync(fixture.Services, fixture.MoldovaId, "?columns=all");

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains(",\"Visas, \"\"fast\"\" lane\nsecond line\",", text, StringComparison.Ordinal);
        var rows = Read(bytes);
        Assert.Equal(ExportFixture.TrickyTitle, rows["MD-005"]["Title"]);
        Assert.Equal("France; Germany", rows["MD-004"]["Partners"]);
        Assert.Equal(ExportFixture.MoldovaShared + 1, rows.Count);
    }

    [Fact]
    public async Task Months_and_amounts_are_written_without_regard_to_culture()
    {
        var rows = Read(await Exports.CsvAsync(fixture.Services, fixture.MoldovaId, "?columns=all"));

        Assert.Equal("2010-04", rows["MD-003"]["Start"]);
        Assert.Equal("2010-12", rows["MD-003"]["End"]);
        Assert.Equal("9", rows["MD-003"]["Duration (months)"]);
        Assert.Equal("12348.67", rows["MD-003"]["Total budget"]);
        Assert.Equal("9876.54", rows["MD-003"]["EU contribution"]);
        Assert.Equal("1050.60", rows["MD-001"]["Total budget"]);
        Assert.Equal(string.Empty, rows["MD-002"]["Total budget"]);
        Assert.Equal(string.Empty, rows["MD-006"]["Start"]);
    }

    [Fact]
    public async Task An_unshared_initiative_is_left_out_for_a_partner_country_official()
    {
        var official = await TestAccounts.CreateAsync(fixture, "Moldovan official", Role.PartnerCountryOfficial, fixture.MoldovaCountryId);
        await using var scope = fixture.As(official);

        var rows = Read(await Exports.CsvAsync(scope.ServiceProvider, fixture.MoldovaId, "?columns=all"));

        Assert.Equal(ExportFixture.MoldovaShared, rows.Count);
        Assert.DoesNotContain(rows.Values, r => r["Title"] == ExportFixture.UnsharedTitle);
        Assert.Contains(Read(await Exports.CsvAsync(fixture.Services, fixture.MoldovaId, "?columns=all")).Values, r => r["Title"] == ExportFixture.UnsharedTitle);
    }

    /// <summary>The rows by reference code, each by header, as a CSV reader sees them.</summary>
    private static Dictionary<string, Dictionary<string, string>> Read(byte[] bytes)
    {
        using var reader = CsvDataReader.Create(new StringReader(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)), new CsvDataReaderOptions { Delimiter = ',' });
        var rows = new Dictionary<string, Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetString);
            rows.Add(row["Reference code"], row);
        }

        return rows;
    }
}
