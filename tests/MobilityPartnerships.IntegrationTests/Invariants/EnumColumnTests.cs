using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Invariants;

/// <summary>
/// An enum is stored by its member's name, and the database holds it to those names: SQL that writes any other
/// text is refused, so no row can stop the pages that read it. The columns come from the model at run time, so an
/// enum column added later is tried as well.
/// </summary>
public sealed class EnumColumnTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string NotAName = "NotAMemberOfTheEnum";

    [Fact]
    public async Task Every_enum_is_stored_in_a_column_of_its_own_by_name()
    {
        await using var db = await fixture.CreateContextAsync();

        // The names' check covers one enum per text column: another storage (a number, a list, JSON) needs its own.
        var storedOtherwise = PlainRow.DesignTimeModel(db).GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Where(p => PlainRow.EnumOf(p.ClrType) is not null ? p.GetTypeMapping().Converter?.ProviderClrType != typeof(string) : p.GetElementType() is { } element && PlainRow.EnumOf(element.ClrType) is not null)
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}")
            .ToList();

        Assert.Empty(storedOtherwise);
        Assert.NotEmpty(PlainRow.EnumColumns(db));
    }

    [Fact]
    public async Task A_name_outside_the_enum_is_refused_in_SQL_in_every_enum_column()
    {
        await using var db = await fixture.CreateContextAsync();
        var columns = PlainRow.EnumColumns(db);
        var accepted = new List<string>();

        foreach (var column in columns)
        {
            var outcome = await TryWritingAsync(column, NotAName, columns);
            if (outcome is not PostgresException { SqlState: PostgresErrorCodes.CheckViolation } refusal || refusal.ConstraintName != CheckOf(column))
            {
                accepted.Add($"{column.Table}.{column.Column}: {(outcome is null ? $"accepted '{NotAName}'" : outcome.MessageText)}");
            }
        }

        Assert.True(accepted.Count == 0, $"Enum columns that take a name outside their enum:\n{string.Join('\n', accepted)}");
    }

    [Fact]
    public async Task Every_name_of_the_enum_passes_its_column_check()
    {
        await using var db = await fixture.CreateContextAsync();
        var columns = PlainRow.EnumColumns(db);
        var refused = new List<string>();

        foreach (var column in columns)
        {
            foreach (var name in Enum.GetNames(column.Type))
            {
                // The plain row has no parent, so a key or a rule spanning tables may refuse it: not this column's check.
                if (await TryWritingAsync(column, name, columns) is { } refusal && refusal.ConstraintName == CheckOf(column))
                {
                    refused.Add($"{column.Table}.{column.Column} '{name}': {refusal.MessageText}");
                }
            }
        }

        Assert.True(refused.Count == 0, $"Enum names their column refuses:\n{string.Join('\n', refused)}");
    }

    private static string CheckOf(EnumColumn column) => $"ck_{column.Table}_{column.Column}_known";

    private Task<PostgresException?> TryWritingAsync(EnumColumn column, string value, IReadOnlyList<EnumColumn> enumColumns) =>
        PlainRow.TryWritingAsync(fixture.Database.ConnectionString, column.Table, new Dictionary<string, string> { [column.Column] = $"'{value}'" }, enumColumns);
}
