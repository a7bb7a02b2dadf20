namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>Excel's date serial numbers (days since 30 December 1899, the 1900 date system).</summary>
public static class SerialDates
{
    /// <summary>1 January 1990, the earliest month the product records.</summary>
    public const int Earliest = 32874;

    /// <summary>31 December 2100, the latest.</summary>
    public const int Latest = 73415;

    /// <summary>The day a serial number stands for, or null outside the years the product records.</summary>
    public static DateOnly? ToDate(decimal serial) =>
        serial is >= Earliest and <= Latest ? DateOnly.FromDateTime(DateTime.FromOADate((double)decimal.Floor(serial))) : null;
}
