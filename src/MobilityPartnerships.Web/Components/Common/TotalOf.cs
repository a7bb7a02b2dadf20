namespace MobilityPartnerships.Web.Components.Common;

/// <summary>What a total adds up, for the words that agree with it: a budget (masculine in French) or the EU's contribution (feminine).</summary>
public enum TotalOf
{
    Budget,
    EuContribution,
}
