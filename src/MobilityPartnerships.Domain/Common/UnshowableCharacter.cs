namespace MobilityPartnerships.Domain.Common;

/// <summary>A character a text may not hold (see <see cref="TextCharacters.Unshowable"/>), and why.</summary>
public readonly record struct UnshowableCharacter(UnshowableKind Kind, char Character)
{
    /// <summary>How the character is named to the user: "U+0007".</summary>
    public string Code => $"U+{(int)Character:X4}";

    /// <summary>The last part of the rule refusing it: "line-break", "control-character", "direction-override".</summary>
    public string Rule => Kind switch
    {
        UnshowableKind.LineBreak => "line-break",
        UnshowableKind.DirectionOverride => "direction-override",
        _ => "control-character",
    };
}

/// <summary>Why a character may not be in a text.</summary>
public enum UnshowableKind
{
    /// <summary>A line break in a text of one line.</summary>
    LineBreak,

    /// <summary>A control character no text keeps (NUL, BEL, ESC…).</summary>
    ControlCharacter,

    /// <summary>An embedding or override, in a text of one line.</summary>
    DirectionOverride,
}
