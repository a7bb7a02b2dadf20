using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// An entry of a draft's list that carries the id of a stored entry (a funding line, an indicator) carries one no entry
/// before it carries: two entries with one id would be stored as one, the other's values lost without a word. The form
/// never repeats an id; a program or a hand-made body may.
/// </summary>
public sealed class ListedIdValidator<TEntry> : AbstractValidator<TEntry>
    where TEntry : class
{
    public ListedIdValidator(IStringLocalizer<Strings> text, IReadOnlyList<TEntry> all, Func<TEntry, Guid> idOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(idOf);
        RuleFor(entry => idOf(entry))
            .Must((entry, id) => !all.TakeWhile(other => !ReferenceEquals(other, entry)).Any(other => idOf(other) == id))
            .WithMessage((_, id) => text["Validation_IdRepeated", id])
            .OverridePropertyName("Id");
    }
}
