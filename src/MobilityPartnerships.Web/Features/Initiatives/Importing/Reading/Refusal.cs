namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// A limit reached in the middle of reading a file: thrown where the limit is checked, before the work it guards,
/// and turned into <see cref="SheetReading.Refused"/> with its message by <see cref="SpreadsheetReader"/>.
/// </summary>
internal sealed class Refusal : Exception
{
    public Refusal(string message)
        : base(message)
    {
    }

    public Refusal(string message, Exception inner)
        : base(message, inner)
    {
    }
}
