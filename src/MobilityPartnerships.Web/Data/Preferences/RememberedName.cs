namespace MobilityPartnerships.Web.Data.Preferences;

/// <summary>
/// Which organisation a user said a name in a sheet stands for, so the next import that names it the same way
/// starts from their answer. A preference, not scoreboard data: it has no history.
/// </summary>
public sealed class RememberedName
{
    public const int NameKeyMaxLength = 400;

    public Guid AccountId { get; set; }

    /// <summary>The name as sheets are matched by it: lower case, letters and digits only.</summary>
    public string NameKey { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
