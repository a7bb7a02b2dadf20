namespace MobilityPartnerships.Web.Security.Access;

/// <summary>The answer to "may the current user do this": yes, no with a plain sentence to show, or there is no such record.</summary>
public abstract record AccessDecision
{
    public sealed record Allowed : AccessDecision;

    public sealed record Refused(string Message) : AccessDecision;

    public sealed record Missing : AccessDecision;

    public bool IsAllowed => this is Allowed;
}
