using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Presidencies;

/// <summary>
/// The order in which Member States hold the Council Presidency. It answers who held it on a date,
/// so that a joint declaration signed "by the Presidency" names the right Member State without retyping it.
/// </summary>
public sealed class PresidencyRotation
{
    private readonly List<PresidencyTerm> terms;

    public PresidencyRotation(IEnumerable<PresidencyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        this.terms = [.. terms.OrderBy(t => t.Start)];
        for (var i = 1; i < this.terms.Count; i++)
        {
            if (this.terms[i].Start <= this.terms[i - 1].End)
            {
                throw new DomainRuleException(
                    "presidency.overlap",
                    $"Presidency terms overlap: {this.terms[i - 1].MemberStateCode} until {this.terms[i - 1].End:yyyy-MM-dd} and {this.terms[i].MemberStateCode} from {this.terms[i].Start:yyyy-MM-dd}.", this.terms[i - 1].MemberStateCode, this.terms[i - 1].End, this.terms[i].MemberStateCode, this.terms[i].Start);
            }
        }
    }

    public IReadOnlyList<PresidencyTerm> Terms => terms;

    /// <summary>The code of the Member State holding the Presidency on the date, or null outside the known rotation.</summary>
    public string? HolderOn(DateOnly date) => terms.Find(t => t.Covers(date))?.MemberStateCode;
}
