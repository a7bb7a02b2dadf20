namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>Which known organisation a sheet's name means: one for certain, some the user must choose from, or none.</summary>
public abstract record OrganisationMatch
{
    private OrganisationMatch()
    {
    }

    /// <summary>The cell is empty.</summary>
    public sealed record Blank : OrganisationMatch;

    /// <summary>The name is the organisation's name or short name, or both together, without any difference but case, accents, punctuation and spacing.</summary>
    public sealed record Exact(Guid Id) : OrganisationMatch;

    /// <summary>Organisations the name resembles, best first; the user confirms one, as none is certain.</summary>
    public sealed record Close(IReadOnlyList<OrganisationCandidate> Candidates) : OrganisationMatch;

    /// <summary>The name resembles no known organisation.</summary>
    public sealed record NoMatch : OrganisationMatch;

    /// <summary>The cell says the organisation is not known yet.</summary>
    public sealed record ToBeDetermined : OrganisationMatch;
}
