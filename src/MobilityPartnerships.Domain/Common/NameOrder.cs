using System.Globalization;

namespace MobilityPartnerships.Domain.Common;

/// <summary>
/// The order names and titles are listed in, as a reader expects it: by letter first, whatever the case and accents
/// ("Égypte" between "Congo" and "Gabon", "de Vries" beside "De Vries"), case and accents only breaking ties. In memory a
/// list sorts with <see cref="Comparer"/>, the page's language's; a query sorts on <see cref="Key"/>, which the database
/// works out in <see cref="Collation"/>. The C collation a column has on its own puts every accented capital after "Z".
/// </summary>
public static class NameOrder
{
    /// <summary>
    /// The database's collation for names: ICU's root order (CLDR), which French and English both keep for the Latin
    /// alphabet, so one statement serves both languages and agrees with <see cref="Comparer"/>. PostgreSQL built with ICU
    /// (Debian's, the one CI and the deployment run) has it in its catalogue from initdb.
    /// </summary>
    public const string Collation = "und-x-icu";

    /// <summary>Compares names in the page's language (the current UI culture), as ICU orders them.</summary>
    public static StringComparer Comparer => StringComparer.Create(CultureInfo.CurrentUICulture, CompareOptions.None);

    /// <summary>
    /// <see cref="Comparer"/> for keys typed as objects, such as a grid column's sort key (MudBlazor's <c>Comparer</c>): names
    /// compare as <see cref="Comparer"/> compares them, in the page's language when compared; other keys by their own order.
    /// </summary>
    public static IComparer<object?> ObjectComparer { get; } = Comparer<object?>.Create((x, y) => Comparer.Compare(x, y));

    /// <summary>
    /// In a query, the key that puts a name in order: the web project maps it to <c>name COLLATE "und-x-icu"</c>
    /// (<c>.OrderBy(o => NameOrder.Key(o.Name))</c>). It has no meaning in memory, where a list sorts with
    /// <see cref="Comparer"/> instead.
    /// </summary>
    public static string? Key(string? name) =>
        throw new InvalidOperationException($"NameOrder.Key({name}) is for queries; in memory, sort with NameOrder.Comparer.");
}
