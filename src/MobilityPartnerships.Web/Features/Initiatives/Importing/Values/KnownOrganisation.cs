namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>An organisation the product already knows, as the matcher compares a sheet's names with it (in English or, where it has them, in French).</summary>
public sealed record KnownOrganisation(Guid Id, string Name, string? ShortName, string? FrenchName = null, string? FrenchShortName = null)
{
    /// <summary>"International Organization for Migration (IOM)", or the name alone when there is no short name.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : $"{Name} ({ShortName})";
}
