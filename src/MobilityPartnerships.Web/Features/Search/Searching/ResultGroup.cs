namespace MobilityPartnerships.Web.Features.Search.Searching;

/// <summary>A kind of result the search lists; each can be listed alone, a page at a time.</summary>
public enum ResultGroup
{
    Initiatives,
    Partnerships,
    Organisations,
    ContactPoints,
}

/// <summary>A <see cref="ResultGroup"/> as the search page's address names it (<c>?group=contact-points</c>).</summary>
public static class ResultGroups
{
    /// <summary>The name of <paramref name="group"/> in an address.</summary>
    public static string AddressName(ResultGroup group) => group switch
    {
        ResultGroup.Initiatives => "initiatives",
        ResultGroup.Partnerships => "partnerships",
        ResultGroup.Organisations => "organisations",
        ResultGroup.ContactPoints => "contact-points",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    /// <summary>
    /// The group an address names; none, or anything else (a number, a control character, an unknown name), is no group:
    /// the page lists the best of every group, as an address without one does.
    /// </summary>
    public static ResultGroup? FromAddress(string? value)
    {
        var name = value?.Trim();
        return Enum.GetValues<ResultGroup>().Where(g => string.Equals(AddressName(g), name, StringComparison.OrdinalIgnoreCase)).Select(g => (ResultGroup?)g).FirstOrDefault();
    }

    /// <summary>The search page's address listing <paramref name="group"/> of the search for <paramref name="text"/>, its first page.</summary>
    public static string Address(string text, ResultGroup group) => $"search?q={Uri.EscapeDataString(text)}&group={AddressName(group)}";
}
