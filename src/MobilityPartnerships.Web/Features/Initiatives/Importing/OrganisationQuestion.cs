namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// A name in the sheet that matches no organisation exactly: the user picks one of the close matches (best
/// first) or another organisation, or records it as a new one. The rows that name it wait until then. An answer the
/// user gave in an earlier import is <paramref name="Remembered"/>: shown as such, and open to change.
/// </summary>
public sealed record OrganisationQuestion(string Name, IReadOnlyList<OrganisationCandidate> Candidates, IReadOnlyList<int> Rows, OrganisationChoice? Answer, bool Remembered = false);

/// <summary>An organisation that may be the one a name stands for, with how close the names are (0–1).</summary>
public sealed record OrganisationCandidate(Guid Id, string Name, double Similarity);
