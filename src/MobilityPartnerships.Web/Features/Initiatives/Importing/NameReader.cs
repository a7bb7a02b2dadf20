using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>Reads the organisations a cell names and matches each against those recorded.</summary>
internal sealed class NameReader(OrganisationMatcher organisations)
{
    /// <summary>The organisations a cell names; empty when to be determined.</summary>
    public IReadOnlyList<string> Split(SheetCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return OrganisationListText.Split(cell.Text, organisations).Names;
    }

    public NameMatch Match(string name) => organisations.Match(name) switch
    {
        OrganisationMatch.Exact exact => new NameMatch.Exact(exact.Id),
        OrganisationMatch.Close close => new NameMatch.Close([.. close.Candidates.Select(c => new OrganisationCandidate(c.Id, c.DisplayName, c.Score))]),
        OrganisationMatch.NoMatch => new NameMatch.Close([]),
        _ => new NameMatch.ToBeDetermined(),
    };
}
