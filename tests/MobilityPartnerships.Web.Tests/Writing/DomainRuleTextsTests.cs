using System.Globalization;
using System.Text.RegularExpressions;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Tests.Localisation;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Writing;

/// <summary>
/// Every refusal the domain can throw reads in the user's language: each rule code its sources throw (written out, or made
/// by a shared check from the code its caller names) has a text in English and in French, as <see cref="RuleMessages"/>
/// looks it up, that names no more values than the refusal carries (else the domain's English sentence is shown), and
/// writes in words each day the English sentence writes in words. The codes are read from the domain's sources.
/// </summary>
public sealed partial class DomainRuleTextsTests
{
    // The suffixes the shared text checks (Guard) add to the code their caller names.
    private static readonly string[] TextSuffixes = ["required", "too-long", "line-break", "control-character", "direction-override"];

    /// <summary>
    /// The helpers that throw a code made from a literal their caller passes: the helper's name, and the codes made from that
    /// literal. A refusal thrown with a code made otherwise fails <see cref="Every_rule_code_the_domain_throws_is_written_out_or_made_by_a_known_helper"/>.
    /// </summary>
    private static readonly (string Call, Func<string, IEnumerable<string>> Codes)[] Helpers =
    [
        ("Guard.RequiredText", rule => TextSuffixes.Select(s => $"{rule}.{s}")),
        ("Guard.OptionalText", rule => TextSuffixes.Select(s => $"{rule}.{s}")),
        ("Guard.RequiredParagraphs", rule => TextSuffixes.Select(s => $"{rule}.{s}")),
        ("Guard.OptionalParagraphs", rule => TextSuffixes.Select(s => $"{rule}.{s}")),
        ("Guard.Defined", rule => [$"{rule}.unknown"]),
        ("EmailAddress.Optional", rule => [$"{rule}.invalid", .. TextSuffixes.Select(s => $"{rule}.{s}")]),
        ("PhoneNumber.Optional", rule => [$"{rule}.invalid", .. TextSuffixes.Select(s => $"{rule}.{s}")]),
        ("EnsureDayInRange", rule => [rule]),
        ("AtMost", rule => [rule]),
        ("AnnouncedMonth", which => [$"announced.{which}.out-of-range"]),
        ("CheckValue", rule => [$"indicator.{rule}.too-large", $"indicator.{rule}.decimals"]),
        ("CheckCount", rule => [$"indicator.{rule}.negative-count", $"indicator.{rule}.fraction-count"]),
        ("CheckDate", rule => [$"indicator.{rule}.out-of-range"]),
        ("CheckAmount", rule => [$"funding-line.{rule}.negative", $"funding-line.{rule}.too-large", $"funding-line.{rule}.cents"]),
        ("ToMonth", which => [$"period.{which}.out-of-range"]),
    ];

    // How the helpers above build their codes; a new way is taught to this test with the helper's entry.
    private static readonly HashSet<string> MadeByHelpers = new(StringComparer.Ordinal)
    {
        "$\"{rule}.required\"", "$\"{rule}.{c.Rule}\"", "$\"{rule}.unknown\"", "$\"{rule}.too-long\"", "$\"{rule}.invalid\"", "rule",
        "$\"announced.{which}.out-of-range\"", "$\"indicator.{rule}.too-large\"", "$\"indicator.{rule}.decimals\"",
        "$\"indicator.{rule}.negative-count\"", "$\"indicator.{rule}.fraction-count\"", "$\"indicator.{rule}.out-of-range\"",
        "$\"funding-line.{rule}.negative\"", "$\"funding-line.{rule}.too-large\"", "$\"funding-line.{rule}.cents\"", "$\"period.{which}.out-of-range\"",
    };

    [Fact]
    public void Every_rule_code_the_domain_throws_is_written_out_or_made_by_a_known_helper()
    {
        var unknown = Throws().Where(t => t.Code is null && !MadeByHelpers.Contains(t.CodeExpression)).Select(t => $"{t.File}: {t.CodeExpression}").ToList();

        Assert.True(unknown.Count == 0, "Codes made in a way this test does not know (teach it with the helper's entry): " + string.Join("; ", unknown));
    }

    [Fact]
    public void Every_rule_code_the_domain_throws_has_a_text_in_english_and_in_french()
    {
        var codes = Throws().Select(t => t.Code).OfType<string>().Concat(HelperCodes()).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(codes.Count > 150, $"Only {codes.Count} codes were found in the domain's sources.");

        var missing = codes
            .SelectMany(code => new[] { ("English", ResourceTexts.English), ("French", ResourceTexts.French) }.Where(l => !HasText(l.Item2, code)).Select(l => $"{code} ({l.Item1})"))
            .ToList();

        Assert.True(missing.Count == 0, "No text for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_rule_text_names_no_more_values_than_its_refusal_carries_and_writes_days_in_words_as_the_domain_does()
    {
        var wrong = new List<string>();
        foreach (var thrown in Throws().Where(t => t.Code is not null))
        {
            foreach (var (language, texts) in new[] { ("English", ResourceTexts.English), ("French", ResourceTexts.French) })
            {
                foreach (var key in new[] { RuleMessages.RulePrefix + thrown.Code, RuleMessages.RulePrefix + thrown.Code + "_One" })
                {
                    if (!texts.TryGetValue(key, out var text))
                    {
                        continue;
                    }

                    var placeholders = Placeholder().Matches(text).Select(m => (Index: int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture), Format: m.Groups["format"].Value)).ToList();
                    if (placeholders.Count > 0 && placeholders.Max(p => p.Index) >= thrown.Arguments.Count)
                    {
                        wrong.Add($"{key} ({language}) names {{{placeholders.Max(p => p.Index)}}}, and {thrown.File} throws it with {thrown.Arguments.Count} values");
                    }

                    foreach (Match day in DayInWords().Matches(thrown.Message))
                    {
                        var index = thrown.Arguments.IndexOf(day.Groups["value"].Value.Trim());
                        if (index >= 0 && placeholders.Any(p => p.Index == index && p.Format.Length == 0))
                        {
                            wrong.Add($"{key} ({language}) writes {{{index}}} ({day.Groups["value"].Value}) without its pattern {day.Groups["format"].Value}");
                        }
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_second_signature_is_refused_in_French_with_the_day_written_the_French_way()
    {
        var partnership = Partnership.Open("Mobility partnership with Moldova", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2008, 6, 1));

        var refusal = Assert.Throws<DomainRuleException>(() => partnership.RecordSignature(new DateOnly(2008, 6, 5)));

        Assert.Equal("La déclaration commune a déjà été signée le 1er juin 2008.", InFrench(() => RuleMessages.Of(Texts.Strings, refusal)));
    }

    [Fact]
    public void A_second_signature_of_a_text_signed_in_a_known_month_is_refused_in_French_with_that_month_not_a_day()
    {
        var partnership = Partnership.Open("Mobility partnership with Moldova", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2008, 6, 1), precision: DatePrecision.Month);

        var refusal = Assert.Throws<DomainRuleException>(() => partnership.RecordSignature(new DateOnly(2008, 6, 5)));

        Assert.Equal("La déclaration commune a déjà été signée en juin 2008.", InFrench(() => RuleMessages.Of(Texts.Strings, refusal)));
        Assert.Equal("The joint declaration was already signed in June 2008.", RuleMessages.Of(Texts.Strings, refusal));
    }

    [Fact]
    public void A_second_signature_of_a_text_signed_on_a_day_not_known_is_refused_in_French()
    {
        var partnership = Partnership.Open("Mobility partnership with Moldova", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignatureOnUnknownDate();

        var refusal = Assert.Throws<DomainRuleException>(() => partnership.RecordSignature(new DateOnly(2008, 6, 5)));

        var french = InFrench(() => RuleMessages.Of(Texts.Strings, refusal));
        Assert.NotEqual(refusal.Message, french);
        Assert.StartsWith("La déclaration commune a déjà été signée", french, StringComparison.Ordinal);
    }

    private static string InFrench(Func<string> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>Whether <see cref="RuleMessages"/> finds a text for the code: its own, or the shared check's wording with a subject.</summary>
    private static bool HasText(IReadOnlyDictionary<string, string> texts, string code)
    {
        if (texts.ContainsKey(RuleMessages.RulePrefix + code))
        {
            return true;
        }

        var cut = code.LastIndexOf('.');
        return cut > 0 && texts.ContainsKey(RuleMessages.GenericPrefix + code[(cut + 1)..]) && texts.ContainsKey(RuleMessages.SubjectPrefix + code[..cut]);
    }

    private sealed record Thrown(string File, string CodeExpression, string? Code, string Message, List<string> Arguments);

    private static List<string> DomainSources() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "MobilityPartnerships.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)),
    ];

    /// <summary>Every <c>new DomainRuleException(code, message, values…)</c> of the domain's sources, its code when written out.</summary>
    private static List<Thrown> Throws()
    {
        var thrown = new List<Thrown>();
        foreach (var file in DomainSources())
        {
            var source = File.ReadAllText(file);
            foreach (Match at in Regex.Matches(source, @"new DomainRuleException\("))
            {
                var arguments = Arguments(source, at.Index + at.Length);
                if (arguments.Count < 2)
                {
                    continue;
                }

                var literal = Literal().Match(arguments[0]);
                thrown.Add(new Thrown(Path.GetFileName(file), arguments[0], literal.Success ? literal.Groups["text"].Value : null, arguments[1], arguments[2..]));
            }
        }

        Assert.True(thrown.Count > 100, $"Only {thrown.Count} refusals were found in the domain's sources.");
        return thrown;
    }

    /// <summary>The codes the helpers make from the literals their callers pass.</summary>
    private static IEnumerable<string> HelperCodes()
    {
        foreach (var file in DomainSources())
        {
            var source = File.ReadAllText(file);
            foreach (var (call, codes) in Helpers)
            {
                foreach (Match at in Regex.Matches(source, $@"(?<!\w){Regex.Escape(call)}\("))
                {
                    // The first plain literal among the call's values names the rule (a declaration has none).
                    if (Arguments(source, at.Index + at.Length).Select(a => Literal().Match(a)).FirstOrDefault(m => m.Success) is { } literal)
                    {
                        foreach (var code in codes(literal.Groups["text"].Value))
                        {
                            yield return code;
                        }
                    }
                }
            }
        }
    }

    /// <summary>The values of a call whose parenthesis opens just before <paramref name="start"/>, split at its own commas.</summary>
    private static List<string> Arguments(string source, int start)
    {
        var arguments = new List<string>();
        var depth = 1;
        var from = start;
        var inText = false;
        for (var at = start; at < source.Length && depth > 0; at++)
        {
            var c = source[at];
            if (inText)
            {
                if (c == '\\')
                {
                    at++;
                }
                else if (c == '"')
                {
                    inText = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inText = true;
                    break;
                case '\'':
                    at += source[at + 1] == '\\' ? 3 : 2;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    if (depth == 0)
                    {
                        arguments.Add(source[from..at].Trim());
                    }

                    break;
                case ',' when depth == 1:
                    arguments.Add(source[from..at].Trim());
                    from = at + 1;
                    break;
            }
        }

        return arguments;
    }

    [GeneratedRegex("""^"(?<text>[^"{}\\]+)"$""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"(?<!\{)\{(?<index>\d+)(?:,-?\d+)?(?::(?<format>[^}]*))?\}")]
    private static partial Regex Placeholder();

    // A value the domain's English sentence writes as a day or a month in words: {meeting.HeldOn:d MMMM yyyy}.
    [GeneratedRegex(@"\{(?<value>[^{}:]+):(?<format>(?:d )?MMMM yyyy)\}")]
    private static partial Regex DayInWords();
}
