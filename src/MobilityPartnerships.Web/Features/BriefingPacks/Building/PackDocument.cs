namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>
/// A briefing pack worded for people and laid out as sections of tables, the same for the PDF and the workbook:
/// each section is a chapter of the PDF and a sheet of the workbook.
/// </summary>
/// <param name="PartnershipName">Printed at the top of every page.</param>
/// <param name="Title">The document's title ("Briefing pack").</param>
/// <param name="MeetingLine">The meeting's kind, title and day, printed at the top of every page.</param>
/// <param name="MeetingDate">The day of the meeting, for the file's name.</param>
/// <param name="GeneratedLine">When the pack was prepared and for whom, at the foot of every page.</param>
/// <param name="PageLabel">The footer's composite format, {0} the page and {1} the page count.</param>
/// <param name="Sections">The chapters, in order.</param>
/// <param name="ContinuedLabel">A section's heading where it goes on over a new page, {0} the heading.</param>
public sealed record PackDocument(string PartnershipName, string Title, string MeetingLine, DateOnly MeetingDate, string GeneratedLine, string PageLabel, string ContinuedLabel, IReadOnlyList<PackSection> Sections);

/// <summary>A chapter of the pack: its heading, its sheet's name, a few sentences, then its tables.</summary>
public sealed record PackSection(string Title, string SheetName, IReadOnlyList<string> Lines, IReadOnlyList<PackTable> Tables);

/// <summary>A table; <see cref="Caption"/> heads it when a section has several.</summary>
public sealed record PackTable(string? Caption, IReadOnlyList<PackColumn> Columns, IReadOnlyList<PackRow> Rows, string EmptyNote);

/// <summary>
/// A column: its header, its share of the page's width and whether its values sit on the right (numbers). A column of
/// totals has <see cref="NotKnownHeader"/>: the workbook follows it with a column of that header counting, per row, the
/// initiatives whose amount the total does not know (the PDF says it in the total's words).
/// </summary>
public sealed record PackColumn(string Header, double Weight, bool AlignRight = false, string? NotKnownHeader = null);

/// <summary>A row's values, one per column; emphasised rows (totals, overdue points) are printed in bold.</summary>
public sealed record PackRow(IReadOnlyList<PackValue> Cells, bool Emphasis = false);
