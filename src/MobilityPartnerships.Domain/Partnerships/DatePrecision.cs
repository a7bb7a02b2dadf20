namespace MobilityPartnerships.Domain.Partnerships;

/// <summary>How much of a date the sources give: "5 June 2008" is a day, "June 2008" only a month.</summary>
public enum DatePrecision
{
    Day,
    Month,

    /// <summary>The sources say it happened but give no date ("eleven agreements have been signed").</summary>
    Unknown,
}
