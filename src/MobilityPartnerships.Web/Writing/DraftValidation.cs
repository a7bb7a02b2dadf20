using FluentValidation;
using FluentValidation.Results;

namespace MobilityPartnerships.Web.Writing;

/// <summary>A draft's validator, ready for <see cref="Write{TTarget}.Validate"/>.</summary>
public static class DraftValidation
{
    public static Func<CancellationToken, Task<ValidationResult>> Of<TDraft>(IValidator<TDraft> validator, TDraft draft) =>
        cancellationToken => validator.ValidateAsync(draft, cancellationToken);
}
