namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// A partnership given to an account: assigned to a focal point, or given to a task-force member to read.
/// </summary>
public sealed class PartnershipAssignment
{
    public Guid AccountId { get; set; }

    public Guid PartnershipId { get; set; }
}
