namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Month names and their usual abbreviations in English, French, Italian, Spanish, German, Dutch and
/// Portuguese, compared without case or accents ("décembre", "Dez", "dic.").
/// </summary>
internal static class MonthNames
{
    private static readonly string[][] NamesByMonth =
    [
        ["january", "jan", "janvier", "janv", "gennaio", "gen", "genn", "enero", "ene", "januar", "janner", "januari", "janeiro"],
        ["february", "feb", "febr", "fevrier", "fevr", "fev", "febbraio", "febb", "febrero", "februar", "februari", "fevereiro"],
        ["march", "mar", "mars", "marzo", "marz", "maerz", "maart", "marco"],
        ["april", "apr", "avril", "avr", "aprile", "abril", "abr"],
        ["may", "mai", "maggio", "mag", "magg", "mayo", "mei", "maio"],
        ["june", "jun", "juin", "giugno", "giu", "junio", "juni", "junho"],
        ["july", "jul", "juillet", "juil", "luglio", "lug", "julio", "juli", "julho"],
        ["august", "aug", "aout", "agosto", "ago", "augustus"],
        ["september", "sep", "sept", "septembre", "settembre", "sett", "set", "septiembre", "setiembre", "setembro"],
        ["october", "oct", "octobre", "ottobre", "ott", "octubre", "oktober", "okt", "outubro"],
        ["november", "nov", "novembre", "noviembre", "novembro"],
        ["december", "dec", "decembre", "dicembre", "dic", "diciembre", "dezember", "dez", "dezembro"],
    ];

    private static readonly Dictionary<string, int> ByName = Build();

    /// <summary>The month (1 to 12) a word names, or null.</summary>
    public static int? Find(string word) => ByName.TryGetValue(CellText.Key(word), out var month) ? month : null;

    private static Dictionary<string, int> Build()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var month = 1; month <= 12; month++)
        {
            foreach (var name in NamesByMonth[month - 1])
            {
                names.Add(name, month);
            }
        }

        return names;
    }
}
