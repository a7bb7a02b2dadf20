namespace MobilityPartnerships.Web.Api.Contracts;

/// <summary>A person to contact about an initiative. E-mail and phone are given only to users with access to its partnership; otherwise they are null.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Organisation">The organisation they work for, when stated.</param>
/// <param name="Function">Their function, when stated.</param>
/// <param name="Email">Their e-mail address, for users with access to the partnership.</param>
/// <param name="Phone">Their phone number, for users with access to the partnership.</param>
public sealed record ContactPointDto(string Name, string? Organisation, string? Function, string? Email, string? Phone);
