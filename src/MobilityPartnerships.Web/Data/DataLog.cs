namespace MobilityPartnerships.Web.Data;

internal static partial class DataLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Reference data loaded: {MemberStates} Member States, {PresidencyTerms} Presidency terms, {ThematicAreas} thematic areas")]
    public static partial void ReferenceDataLoaded(this ILogger logger, int memberStates, int presidencyTerms, int thematicAreas);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Partnerships} partnerships with {Initiatives} initiatives")]
    public static partial void DemoDataLoaded(this ILogger logger, int partnerships, int initiatives);
}
