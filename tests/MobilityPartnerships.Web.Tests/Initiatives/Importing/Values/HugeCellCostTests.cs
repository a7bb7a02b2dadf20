using System.Text;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Values;

/// <summary>
/// A cell as large as Excel allows, of whatever the text parsers find hardest, costs them a few passes over it, not a
/// pass per character. Counted as the bytes a reading allocates on its thread: a reading that copies the cell, or a
/// part of it, once per character of a run allocates about a gigabyte here (and took seconds to minutes).
/// </summary>
public sealed class HugeCellCostTests
{
    /// <summary>The most characters a spreadsheet program puts in a cell.</summary>
    private const int CellChars = 32_767;

    /// <summary>Bytes a reading may allocate per character of the cell: some dozens of copies of it, at two bytes a character.</summary>
    private const long MaxBytesPerChar = 1_000;

    [Theory]
    [InlineData(")")]
    [InlineData("]")]
    [InlineData("-")]
    [InlineData("- ")]
    [InlineData(", ")]
    [InlineData("\u201D")]
    [InlineData("\u2013 ")]
    [InlineData(" .")]
    public void Tidying_a_name_of_stray_punctuation_costs_a_few_passes(string run)
    {
        var cell = Cell("IOM" + run, run);

        Assert.Equal("IOM", OrganisationListText.Tidy(cell));
        Assert.InRange(Allocated(() => OrganisationListText.Tidy(cell)), 0, MaxBytesPerChar * CellChars);
        Assert.InRange(Allocated(() => OrganisationListText.Split(cell)), 0, MaxBytesPerChar * CellChars);
    }

    [Theory]
    [InlineData("1-")]
    [InlineData("-")]
    [InlineData("2020-")]
    [InlineData("2020 to ")]
    [InlineData("Jan 2020 - ")]
    [InlineData("(2006/120-093) ")]
    [InlineData("a (")]
    [InlineData("(")]
    [InlineData(")")]
    public void Reading_a_period_of_many_dashes_or_range_words_costs_a_few_passes(string run)
    {
        var cell = Cell(string.Empty, run);

        Assert.IsType<PeriodReading.Invalid>(PeriodText.Read(cell));
        Assert.InRange(Allocated(() => PeriodText.Read(cell)), 0, MaxBytesPerChar * CellChars);
    }

    [Theory]
    [InlineData("December 2004 - June 2006")]
    [InlineData("01-12-2004 - 30-06-2006")]
    [InlineData("2004-12-01 - 2006-06-30")]
    [InlineData("01-12-2004 to 30-06-2006")]
    public void A_period_with_dated_ends_is_still_read(string text) =>
        Assert.Equal(new PeriodReading.Period(new DateOnly(2004, 12, 1), new DateOnly(2006, 6, 1), null, null), PeriodText.Read(text));

    /// <summary>A cell of <see cref="CellChars"/> characters: the start, then the run repeated.</summary>
    private static string Cell(string start, string run)
    {
        var text = new StringBuilder(start, CellChars + run.Length);
        while (text.Length < CellChars)
        {
            text.Append(run);
        }

        return text.ToString(0, CellChars);
    }

    /// <summary>What the reading allocates, once warmed (its expressions built, its messages loaded).</summary>
    private static long Allocated(Action read)
    {
        read();
        var before = GC.GetAllocatedBytesForCurrentThread();
        read();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
