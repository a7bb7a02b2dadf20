namespace MobilityPartnerships.Domain.Partnerships;

/// <summary>A dated step in the life of a partnership.</summary>
public sealed class StatusChange
{
    public StatusChange(PartnershipStatus status, DateOnly? on, string? source, DatePrecision precision = DatePrecision.Day)
    {
        Status = status;
        On = on;
        Source = source;
        Precision = on is null ? DatePrecision.Unknown : precision;
    }

    public PartnershipStatus Status { get; private set; }

    public DateOnly? On { get; private set; }

    public string? Source { get; private set; }

    /// <summary>Whether <see cref="On"/> is the exact day or only stands for its month; unknown when there is no date.</summary>
    public DatePrecision Precision { get; private set; }
}
