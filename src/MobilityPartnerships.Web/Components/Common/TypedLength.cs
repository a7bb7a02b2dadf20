using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// A text box's length as the rules count it. The browser's maxlength and MudBlazor's counter count UTF-16 units, in
/// which an emoji is two, while the rules and the database count characters (code points): a box capped at the rule's
/// number would stop a text the rules accept, and its counter would say 600 of 300 for 300 emoji.
/// </summary>
public static class TypedLength
{
    /// <summary>The box's cap: room for <paramref name="maxCharacters"/> characters of any kind; past the rule's number, its message says so.</summary>
    public static int InputLimit(int maxCharacters) => 2 * maxCharacters;

    /// <summary>"12 / 1000": the characters the text keeps once stored, of the most it may have.</summary>
    public static string Counter(string? text, int maxCharacters) => $"{TextCharacters.StoredCount(text)} / {maxCharacters}";
}
