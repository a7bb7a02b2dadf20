using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Presidencies;

/// <summary>One six-month term of the rotating Presidency of the Council of the European Union.</summary>
public sealed class PresidencyTerm
{
    private PresidencyTerm()
    {
        MemberStateCode = string.Empty;
    }

    public int Id { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly End { get; private set; }

    /// <summary>ISO code of the Member State that held the Presidency.</summary>
    public string MemberStateCode { get; private set; }

    public static PresidencyTerm Create(DateOnly start, DateOnly end, string memberStateCode)
    {
        if (end < start)
        {
            throw new DomainRuleException("presidency.end-before-start", $"A Presidency term cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", end, start);
        }

        return new PresidencyTerm
        {
            Start = start,
            End = end,
            MemberStateCode = Guard.RequiredText(memberStateCode, 2, "presidency.member-state", "The Member State's code") is { Length: 2 } code
                ? code.ToUpperInvariant()
                : throw new DomainRuleException("presidency.member-state.invalid", $"'{memberStateCode}' is not a two-letter country code.", memberStateCode),
        };
    }

    public bool Covers(DateOnly date) => Start <= date && date <= End;
}
