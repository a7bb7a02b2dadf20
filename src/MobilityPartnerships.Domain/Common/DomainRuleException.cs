namespace MobilityPartnerships.Domain.Common;

/// <summary>
/// Raised when a change would break one of the domain's rules. <see cref="Rule"/> names the rule
/// (stable, used to look up the localised message); <see cref="Exception.Message"/> is the English text.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string rule, string message)
        : base(message) => Rule = rule;

    /// <summary>A refusal whose message names values: <paramref name="arguments"/> are those values, in the order the localised messages number them.</summary>
    public DomainRuleException(string rule, string message, params object?[] arguments)
        : base(message) => (Rule, Arguments) = (rule, arguments ?? []);

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

    /// <summary>The values the message names (dates, amounts, names), for a localised message to put in its own words.</summary>
    public IReadOnlyList<object?> Arguments { get; } = [];
}
