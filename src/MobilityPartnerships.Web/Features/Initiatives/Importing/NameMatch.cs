namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>What a name in a sheet was found to stand for.</summary>
internal abstract record NameMatch
{
    private NameMatch()
    {
    }

    public sealed record Exact(Guid OrganisationId) : NameMatch;

    /// <summary>No exact match: these come close, best first (possibly none).</summary>
    public sealed record Close(IReadOnlyList<OrganisationCandidate> Candidates) : NameMatch;

    public sealed record ToBeDetermined : NameMatch;
}
