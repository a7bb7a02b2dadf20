namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>A stored value the import changes, in words: old → new.</summary>
public sealed record FieldChange(string Field, string Old, string New);
