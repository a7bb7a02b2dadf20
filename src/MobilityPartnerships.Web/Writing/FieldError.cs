namespace MobilityPartnerships.Web.Writing;

/// <summary>A refusal to show at a field: its path in the draft (e.g. "FundingLines[1].EuContribution") and the message.</summary>
public sealed record FieldError(string Path, string Message)
{
    /// <summary>A message for the form as a whole, not for one field.</summary>
    public const string FormLevel = "";

    public static IReadOnlyList<FieldError> From(FluentValidation.Results.ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage))];
    }
}
