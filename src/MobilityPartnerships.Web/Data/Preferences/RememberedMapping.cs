namespace MobilityPartnerships.Web.Data.Preferences;

/// <summary>
/// How a user last mapped the columns of a sheet with a given set of headers, so the next import of a sheet
/// like it starts from their choice. A preference, not scoreboard data: it has no history.
/// </summary>
public sealed class RememberedMapping
{
    public const int SignatureLength = 64;

    public Guid AccountId { get; set; }

    /// <summary>SHA-256 of the sheet's normalised headers, in hexadecimal.</summary>
    public string Signature { get; set; } = string.Empty;

    /// <summary>Zero-based column index → column name, as "0=Title;3=TotalBudget".</summary>
    public string Columns { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}
