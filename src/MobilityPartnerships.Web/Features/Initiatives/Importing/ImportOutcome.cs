namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>What confirming an import came to.</summary>
public abstract record ImportOutcome
{
    private ImportOutcome()
    {
    }

    /// <summary>Every row was stored, in one transaction.</summary>
    public sealed record Imported(int Added, int Updated, int Unchanged) : ImportOutcome;

    /// <summary>Nothing was stored: rows have problems or open questions, shown in the fresh preview.</summary>
    public sealed record NotReady(ImportPreview Preview) : ImportOutcome;

    /// <summary>Nothing was stored: the stored data changed since the preview; the fresh preview shows what importing would do now.</summary>
    public sealed record Changed(ImportPreview Preview) : ImportOutcome;

    public sealed record Refused(string Message) : ImportOutcome;

    public sealed record NotFound : ImportOutcome;

    /// <summary>Nothing was stored: the database failed or refused the write.</summary>
    public sealed record Failed(string Message) : ImportOutcome;
}
