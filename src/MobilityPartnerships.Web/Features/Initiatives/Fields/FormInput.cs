using MobilityPartnerships.Web.Features.Initiatives.Editing;

namespace MobilityPartnerships.Web.Features.Initiatives.Fields;

/// <summary>
/// An input the edit form shows from the catalogue: the draft property it edits (its validation messages are keyed by
/// that name) and its place. The form draws each kind one way (<see cref="TextBox"/>, <see cref="YesNoChoice"/>).
/// </summary>
public abstract record FormInput(string Property, FormPlace Place)
{
    /// <summary>The resource key of its label.</summary>
    public string LabelKey => $"Initiative_Field_{Property}";
}

/// <summary>A free text in a text box of its own.</summary>
public sealed record TextBox(string Property, Func<InitiativeDraft, string?> Get, Action<InitiativeDraft, string?> Set, FormPlace Place)
    : FormInput(Property, Place);

/// <summary>Yes, no, or nothing chosen (not stated).</summary>
public sealed record YesNoChoice(string Property, Func<InitiativeDraft, bool?> Get, Action<InitiativeDraft, bool?> Set, FormPlace Place)
    : FormInput(Property, Place);
