using System.Text.RegularExpressions;
using System.Xml.Linq;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Languages;

/// <summary>
/// Every rule code the domain (and the web project) can refuse with has a text in Strings.resx and its French in
/// Strings.fr.resx, so no refusal reaches a user in the domain's English. Read from the sources, so a new code cannot be forgotten.
/// </summary>
public sealed partial class RuleTextsTests
{
    private static readonly string Sources = Path.Combine(RepositoryPaths.Root, "src");
    private static readonly string[] Projects = ["MobilityPartnerships.Domain", "MobilityPartnerships.Web"];
    private static readonly string[] SharedChecks = ["required", "too-long", "unknown"];
    private static readonly string ResourcesFolder = Path.Combine(Sources, "MobilityPartnerships.Web", "Resources");

    [Fact]
    public void Every_rule_code_thrown_has_a_text_in_English_and_in_French()
    {
        var (english, french) = (Keys("Strings.resx"), Keys("Strings.fr.resx"));
        var codes = SourceTexts().SelectMany(text => ThrownCode().Matches(text).Select(m => m.Groups["code"].Value)).Distinct().ToList();
        Assert.True(codes.Count >= 70, $"Only {codes.Count} rule codes were found in {Sources}.");

        var missing = new List<string>();
        foreach (var code in codes)
        {
            // A code built from a shared check ("funding-line.{rule}.negative") has its check's wording, or a text for each rule it is built for
            // (a rule may have parts of its own: "contact-point.email" for the e-mail rule's "{rule}.invalid").
            var built = HoleInCode().IsMatch(code);
            var concrete = new Regex("^" + HoleInCode().Replace(Regex.Escape(RuleMessages.RulePrefix + code).Replace(@"\{", "{", StringComparison.Ordinal), @"[a-z-]+(?:\.[a-z-]+)*") + "$");
            bool Has(IReadOnlySet<string> keys) =>
                built ? keys.Contains(RuleMessages.GenericPrefix + code.Split('.')[^1]) || keys.Any(concrete.IsMatch) : keys.Contains(RuleMessages.RulePrefix + code);
            if (!Has(english) || !Has(french))
            {
                missing.Add(code);
            }
        }

        Assert.True(missing.Count == 0, "Rule codes without a text in Strings.resx and Strings.fr.resx:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_shared_check_names_its_subject_in_English_and_in_French()
    {
        var (english, french) = (Keys("Strings.resx"), Keys("Strings.fr.resx"));
        var subjects = SourceTexts().SelectMany(text => GuardCall().Matches(text).Select(m => m.Groups["rule"].Value)).Distinct().ToList();
        Assert.True(subjects.Count >= 50, $"Only {subjects.Count} shared checks were found in {Sources}.");

        var missing = subjects.Where(s => !english.Contains(RuleMessages.SubjectPrefix + s) || !french.Contains(RuleMessages.SubjectPrefix + s)).ToList();
        foreach (var check in SharedChecks)
        {
            if (!english.Contains(RuleMessages.GenericPrefix + check) || !french.Contains(RuleMessages.GenericPrefix + check))
            {
                missing.Add(RuleMessages.GenericPrefix + check);
            }
        }

        Assert.True(missing.Count == 0, "Shared checks without a subject in Strings.resx and Strings.fr.resx:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_rule_text_has_its_French()
    {
        var french = Keys("Strings.fr.resx");
        var missing = Keys("Strings.resx").Where(k => k.StartsWith("Rule", StringComparison.Ordinal) && !french.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Rule texts without French:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void A_refusal_is_told_in_French_with_its_values_written_the_French_way()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => ImplementationPeriod.Create(new DateOnly(2012, 3, 1), new DateOnly(2010, 6, 1), null));

        Assert.Equal("La fin (juin 2010) ne peut pas précéder le début (mars 2012).", InLanguage.Of("fr", () => RuleMessages.Of(Texts.Strings, refusal)));
        Assert.Equal("The end (June 2010) cannot be before the start (March 2012).", InLanguage.Of("en", () => RuleMessages.Of(Texts.Strings, refusal)));
    }

    [Fact]
    public void A_shared_check_is_told_with_its_subject_in_French()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Partnership.Open(new string('x', 230), PartnershipKind.RegionalProcess, null, PartnershipStatus.ExploratoryTalks));

        Assert.Equal("Le nom du partenariat\u00a0: au plus 200 caractères (il y en a 230).", InLanguage.Of("fr", () => RuleMessages.Of(Texts.Strings, refusal)));
    }

    [Fact]
    public void A_code_without_a_text_falls_back_to_the_domains_message()
    {
        var refusal = new DomainRuleException("no-such.rule", "The domain's own words.");

        Assert.Equal("The domain's own words.", InLanguage.Of("fr", () => RuleMessages.Of(Texts.Strings, refusal)));
    }

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(ResourcesFolder, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    private static IEnumerable<string> SourceTexts() =>
        Projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Sources, project), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);

    [GeneratedRegex(@"DomainRuleException\(\s*\$?""(?<code>[^""]+)""\s*,")]
    private static partial Regex ThrownCode();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex HoleInCode();

    [GeneratedRegex(@"Guard\.(?:RequiredText|OptionalText|Defined)\([^;]*?,\s*""(?<rule>[a-z.-]+)"",\s*\$?""[^""]*""\)")]
    private static partial Regex GuardCall();
}
