using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// The problems of one write, gathered so that a refused write lists every one at once: the form's rules, the rules about
/// the acting user, what the database tells of the draft's ids, and each of the domain's methods — run one after the
/// other even once one has refused. A write with any is refused as a whole (<see cref="WriteOutcome.Invalid"/>) and
/// nothing of it is saved. A field shows the form's messages, or else the first problem found there; one found at a
/// field where another was told, at it or beneath it, is left out: the domain refusing the contact points when the form
/// refused the address of one says the same thing again (a refusal of the whole draft is beneath nothing but itself).
/// </summary>
public sealed class Refusals
{
    private readonly List<FieldError> errors = [];
    private readonly HashSet<FieldError> told = [];

    /// <summary>Every field with a problem told at it or beneath it, the form's level ("") included once any field has one.</summary>
    private readonly HashSet<string> toldAtOrBeneath = new(StringComparer.Ordinal);
    private readonly Func<DomainRuleException, FieldError> placed;

    internal Refusals(IEnumerable<FieldError> form, Func<DomainRuleException, FieldError> placed)
    {
        this.placed = placed;
        foreach (var error in form)
        {
            Note(error);
        }
    }

    /// <summary>Whether anything is refused: the write will store nothing.</summary>
    public bool Any => errors.Count > 0;

    internal IReadOnlyList<FieldError> Errors => errors;

    /// <summary>A problem a check found (an id the database does not know); the write goes on, to find the others.</summary>
    public void Add(FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!told.Contains(error) && !toldAtOrBeneath.Contains(error.Path))
        {
            Note(error);
        }
    }

    public void Add(IEnumerable<FieldError> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        foreach (var error in found)
        {
            Add(error);
        }
    }

    /// <summary>A refusal of the domain's, at the field the write places it.</summary>
    internal void Add(DomainRuleException refusal) => Add(placed(refusal));

    /// <summary>Runs one of the domain's methods; its refusal is noted at its field, and the write goes on to the next.</summary>
    public void Check(Action step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            step();
        }
        catch (DomainRuleException refusal)
        {
            Add(refusal);
        }
    }

    /// <summary>Runs one of the domain's methods that makes something; null, with its refusal noted, when it refuses.</summary>
    public T? Check<T>(Func<T> step)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return step();
        }
        catch (DomainRuleException refusal)
        {
            Add(refusal);
            return null;
        }
    }

    private void Note(FieldError error)
    {
        errors.Add(error);
        told.Add(error);
        if (error.Path == FieldError.FormLevel)
        {
            return;
        }

        // "ContactPoints[0].Email", then "ContactPoints[0]", "ContactPoints" and the form's level.
        toldAtOrBeneath.Add(FieldError.FormLevel);
        var field = error.Path;
        while (field.Length > 0 && toldAtOrBeneath.Add(field))
        {
            field = field[..Math.Max(0, field.LastIndexOfAny(['.', '[']))];
        }
    }
}
