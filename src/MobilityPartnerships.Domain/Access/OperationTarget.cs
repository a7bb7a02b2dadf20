namespace MobilityPartnerships.Domain.Access;

/// <summary>What an operation is asked about: nothing in particular, a partnership, an initiative or a meeting in one.</summary>
public enum OperationTarget
{
    Global,
    Partnership,
    Initiative,
    Meeting,
}
