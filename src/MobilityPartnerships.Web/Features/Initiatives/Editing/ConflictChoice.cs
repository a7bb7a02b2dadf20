namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

public enum ConflictChoice
{
    /// <summary>Drop this user's changes and load what is stored.</summary>
    Reload,

    /// <summary>Apply this user's changes on top of what is stored, knowingly.</summary>
    Overwrite,
}

/// <summary>One field that differs between this user's draft and what is stored now, in words.</summary>
public sealed record ConflictRow(string Label, string Mine, string Stored, bool ChangedByMe);
