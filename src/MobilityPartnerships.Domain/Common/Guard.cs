namespace MobilityPartnerships.Domain.Common;

/// <summary>Checks shared by the aggregates; each failure names the rule it protects.</summary>
internal static class Guard
{
    /// <summary>A text of one line (a name, a title): no line break, no other control character.</summary>
    public static string RequiredText(string? value, int maxLength, string rule, string what) =>
        Required(value, maxLength, rule, what, paragraphs: false);

    /// <summary>A text of one line, or none.</summary>
    public static string? OptionalText(string? value, int maxLength, string rule, string what) =>
        Optional(value, maxLength, rule, what, paragraphs: false);

    /// <summary>A text of several lines (a description, a comment): line breaks and tabs, no other control character.</summary>
    public static string RequiredParagraphs(string? value, int maxLength, string rule, string what) =>
        Required(value, maxLength, rule, what, paragraphs: true);

    /// <summary>A text of several lines, or none.</summary>
    public static string? OptionalParagraphs(string? value, int maxLength, string rule, string what) =>
        Optional(value, maxLength, rule, what, paragraphs: true);

    private static string Required(string? value, int maxLength, string rule, string what, bool paragraphs)
    {
        // A text only of white space or of characters no font draws (a zero-width space) shows nothing: it is not given.
        if (TextCharacters.IsBlank(value))
        {
            throw new DomainRuleException($"{rule}.required", $"{what} is required.");
        }

        return Characters(MaxLength(TextCharacters.Normalised(value), maxLength, rule, what), rule, what, paragraphs);
    }

    private static string? Optional(string? value, int maxLength, string rule, string what, bool paragraphs) =>
        TextCharacters.IsBlank(value) ? null : Characters(MaxLength(TextCharacters.Normalised(value), maxLength, rule, what), rule, what, paragraphs);

    /// <summary>
    /// Refuses what a reader cannot see and a sheet or a page would break on: a line break in a text of one line, and any
    /// other control character (NUL, BEL, ESC…) anywhere; texts of several lines keep "\n" (every line break is one once
    /// normalised) and tabs. A text of one line (a title, a name) cannot force its direction: an override would show it
    /// reversed, so that it reads as something it does not hold.
    /// </summary>
    private static string Characters(string value, string rule, string what, bool paragraphs) =>
        TextCharacters.Unshowable(value, paragraphs) switch
        {
            null => value,
            { Kind: UnshowableKind.DirectionOverride } c => throw new DomainRuleException($"{rule}.{c.Rule}", $"{what} holds a character that forces the direction of the text ({c.Code}), so that it can show other than it reads: remove it.", c.Code),
            { Kind: UnshowableKind.LineBreak } c => throw new DomainRuleException($"{rule}.{c.Rule}", $"{what} must be on one line: remove the line break."),
            { } c => throw new DomainRuleException($"{rule}.{c.Rule}", $"{what} holds a control character ({c.Code}) that cannot be shown: remove it.", c.Code),
        };

    public static void Defined<TEnum>(TEnum value, string rule, string what)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainRuleException($"{rule}.unknown", $"{what} '{value}' is not one the product knows.", value);
        }
    }

    /// <summary>Counted as the database counts a varchar's characters: in code points, so an emoji is one.</summary>
    private static string MaxLength(string value, int maxLength, string rule, string what) =>
        TextCharacters.Count(value) is var count && count > maxLength
            ? throw new DomainRuleException($"{rule}.too-long", $"{what} must be at most {maxLength} characters (it has {count}).", maxLength, count)
            : value;
}
