namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>The outcome of reading an uploaded file: its workbook, or why it cannot be read.</summary>
public abstract record SheetReading
{
    private SheetReading()
    {
    }

    public sealed record Read(Workbook Workbook) : SheetReading;

    public sealed record Refused(string Message) : SheetReading;
}
