namespace MobilityPartnerships.Domain.Access;

/// <summary>What an operation is asked about: nothing in particular, a partnership, an initiative a meeting in one, or an action point of a meeting.</summary>
public enum OperationTarget
{
    Global,
    Partnership,
    Initiative,
    Meeting,
    ActionPoint,
}
