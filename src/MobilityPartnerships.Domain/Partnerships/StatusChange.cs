namespace MobilityPartnerships.Domain.Partnerships;

/// <summary>A dated step in the life of a partnership.</summary>
public sealed class StatusChange
{
    public StatusChange(PartnershipStatus status, DateOnly? on, string? source)
    {
        Status = status;
        On = on;
        Source = source;
    }

    public PartnershipStatus Status { get; private set; }

    public DateOnly? On { get; private set; }

    public string? Source { get; private set; }
}
