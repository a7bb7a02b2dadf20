namespace MobilityPartnerships.Web.Data.History;

/// <summary>
/// Until sign-in exists, every change is recorded under this clearly named user, who acts as a focal point
/// (may do what a focal point may do).
/// </summary>
internal sealed class DevelopmentUser : ICurrentUser
{
    public const string DisplayName = "Development user (no sign-in yet)";

    public string Name => DisplayName;

    public Guid? OrganisationId => null;

    public bool IsFocalPoint => true;
}
