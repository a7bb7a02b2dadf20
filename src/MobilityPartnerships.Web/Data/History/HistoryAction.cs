namespace MobilityPartnerships.Web.Data.History;

public enum HistoryAction
{
    Added,
    Changed,
    Removed,
}
