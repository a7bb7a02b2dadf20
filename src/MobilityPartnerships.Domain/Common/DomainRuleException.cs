namespace MobilityPartnerships.Domain.Common;

/// <summary>
/// Raised when a change would break one of the domain's rules. <see cref="Rule"/> names the rule
/// (stable, used to look up the localised message); <see cref="Exception.Message"/> is the English text.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string rule, string message)
        : base(message) => Rule = rule;

    public DomainRuleException()
        : this("domain.rule", "A domain rule was broken.")
    {
    }

    public DomainRuleException(string message)
        : this("domain.rule", message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException) => Rule = "domain.rule";

    public string Rule { get; }
}
