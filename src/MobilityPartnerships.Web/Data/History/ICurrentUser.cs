namespace MobilityPartnerships.Web.Data.History;

/// <summary>The one place that says who is acting, for history and, later, for access checks.</summary>
public interface ICurrentUser
{
    string Name { get; }
}
