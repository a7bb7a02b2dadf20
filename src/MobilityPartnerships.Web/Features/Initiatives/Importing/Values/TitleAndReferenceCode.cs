namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>An initiative's title with the reference code that was written at its end taken out; null when there was none.</summary>
public sealed record TitleAndReferenceCode(string Title, string? ReferenceCode);
