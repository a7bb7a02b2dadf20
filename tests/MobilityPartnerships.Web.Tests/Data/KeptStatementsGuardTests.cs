namespace MobilityPartnerships.Web.Tests.Data;

/// <summary>
/// A query's SQL is written once and kept: EF keeps a statement's text with the query and only binds its parameters at
/// later executions, unless a value in it is made a constant with <c>EF.Constant</c>, which has EF write the whole
/// statement again at every execution (the scoreboard's filter choices, a statement of a few kilobytes, were written
/// again on every view of a partnership). A number that belongs in the text goes in as a constant of the expression
/// (<c>WrittenConstant</c>).
/// </summary>
public sealed class KeptStatementsGuardTests
{
    [Fact]
    public void No_query_has_its_statement_written_again_at_each_execution_by_EF_Constant()
    {
        var offenders = (
            from file in WebSourceFiles.All()
            where file.Text.Contains("EF.Constant(", StringComparison.Ordinal)
            select file.Relative).ToList();

        Assert.True(offenders.Count == 0, "EF.Constant in (use WrittenConstant.Into):\n" + string.Join('\n', offenders));
    }
}
