namespace MobilityPartnerships.Domain.Common;

/// <summary>Checks shared by the aggregates; each failure names the rule it protects.</summary>
internal static class Guard
{
    public static string RequiredText(string? value, int maxLength, string rule, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException($"{rule}.required", $"{what} is required.");
        }

        return MaxLength(trimmed, maxLength, rule, what);
    }

    public static string? OptionalText(string? value, int maxLength, string rule, string what)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, maxLength, rule, what);
    }

    public static void Defined<TEnum>(TEnum value, string rule, string what)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainRuleException($"{rule}.unknown", $"{what} '{value}' is not one the product knows.", value);
        }
    }

    private static string MaxLength(string value, int maxLength, string rule, string what) =>
        value.Length > maxLength
            ? throw new DomainRuleException($"{rule}.too-long", $"{what} must be at most {maxLength} characters (it has {value.Length}).", maxLength, value.Length)
            : value;
}
