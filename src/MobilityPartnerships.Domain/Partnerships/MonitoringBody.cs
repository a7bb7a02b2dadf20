using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Domain.Partnerships;

/// <summary>A body that follows the partnership's implementation.</summary>
public sealed class MonitoringBody
{
    public const int NameMaxLength = 200;
    public const int FrequencyMaxLength = 100;

    private MonitoringBody()
    {
        Name = string.Empty;
    }

    public MonitoringBodyKind Kind { get; private set; }

    public string Name { get; private set; }

    public string? MeetingFrequency { get; private set; }

    public string? Source { get; private set; }

    public static MonitoringBody Create(MonitoringBodyKind kind, string name, string? meetingFrequency, string? source = null)
    {
        Guard.Defined(kind, "monitoring-body.kind", "Monitoring body kind");
        return new MonitoringBody
        {
            Kind = kind,
            Name = Guard.RequiredText(name, NameMaxLength, "monitoring-body.name", "The monitoring body's name"),
            MeetingFrequency = Guard.OptionalText(meetingFrequency, FrequencyMaxLength, "monitoring-body.frequency", "The meeting frequency"),
            Source = Guard.OptionalText(source, Partnership.SourceMaxLength, "monitoring-body.source", "The source"),
        };
    }
}
