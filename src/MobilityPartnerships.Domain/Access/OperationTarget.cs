namespace MobilityPartnerships.Domain.Access;

/// <summary>What an operation is asked about: nothing in particular, a partnership, or an initiative in one.</summary>
public enum OperationTarget
{
    Global,
    Partnership,
    Initiative,
}
