using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Turns the names a sheet gives into organisations: an exact match directly, anything else by the user's
/// decision. Collects one question per distinct name, with the rows that wait for it.
/// </summary>
internal sealed class OrganisationResolver(Func<string, NameMatch> match, ImportDecisions decisions, IReadOnlyDictionary<string, KnownOrganisation> newOrganisations)
{
    private readonly Dictionary<string, (string Name, IReadOnlyList<OrganisationCandidate> Candidates, SortedSet<int> Rows)> questions = [];
    private readonly Dictionary<string, NameMatch> matches = [];

    /// <summary>The organisation a name stands for; null with <paramref name="waiting"/> set when the user must decide first, null alone when to be determined.</summary>
    public Guid? Resolve(string name, int row, out bool waiting)
    {
        waiting = false;
        var key = InitiativeColumns.Normalise(name);
        if (!matches.TryGetValue(key, out var found))
        {
            found = match(name);
            matches[key] = found;
        }

        switch (found)
        {
            case NameMatch.Exact exact:
                return exact.OrganisationId;
            case NameMatch.ToBeDetermined:
                return null;
        }

        var candidates = ((NameMatch.Close)found).Candidates;
        if (!questions.TryGetValue(key, out var question))
        {
            question = (name.Trim(), candidates, []);
            questions[key] = question;
        }

        question.Rows.Add(row);
        switch (decisions.Organisations.GetValueOrDefault(key))
        {
            case OrganisationChoice.Existing existing:
                return existing.OrganisationId;
            case OrganisationChoice.Added when newOrganisations.TryGetValue(key, out var created):
                return created.Id;
            default:
                waiting = true;
                return null;
        }
    }

    public IReadOnlyList<OrganisationQuestion> Questions =>
        [.. questions.Select(q => new OrganisationQuestion(q.Value.Name, q.Value.Candidates, [.. q.Value.Rows], decisions.Organisations.GetValueOrDefault(q.Key), decisions.Remembered.Contains(q.Key)))
            .OrderBy(q => q.Rows[0])];
}
