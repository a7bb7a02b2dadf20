namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>What a blank cell does to an initiative the sheet updates.</summary>
public enum BlankCellRule
{
    /// <summary>The stored value stays as it is: a blank means "not given".</summary>
    KeepStored,

    /// <summary>The stored value is cleared: the sheet is the whole truth.</summary>
    Clear,
}
