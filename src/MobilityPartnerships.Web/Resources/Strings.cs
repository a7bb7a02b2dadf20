namespace MobilityPartnerships.Web.Resources;

/// <summary>Marker for the shared text resources (Strings.resx): every text a user reads comes from there.</summary>
public sealed class Strings;
