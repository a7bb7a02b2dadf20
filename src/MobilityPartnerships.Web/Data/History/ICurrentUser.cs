namespace MobilityPartnerships.Web.Data.History;

/// <summary>The one place that says who is acting, for history and for the checks on who may do what.</summary>
public interface ICurrentUser
{
    string Name { get; }

    /// <summary>The organisation the user acts for; null for the Commission's focal points until sign-in says otherwise.</summary>
    Guid? OrganisationId { get; }

    /// <summary>Whether the user is a focal point, who may post progress on any initiative of the partnership.</summary>
    bool IsFocalPoint { get; }
}
