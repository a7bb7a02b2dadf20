namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>An organisation the product already knows, as the matcher compares a sheet's names with it.</summary>
public sealed record KnownOrganisation(Guid Id, string Name, string? ShortName)
{
    /// <summary>"International Organization for Migration (IOM)", or the name alone when there is no short name.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : $"{Name} ({ShortName})";
}
