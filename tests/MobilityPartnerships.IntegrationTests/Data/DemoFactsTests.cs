using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.TestSupport;

namespace MobilityPartnerships.IntegrationTests.Data;

/// <summary>
/// Every fact of demo-facts.json, checked twice: its phrase stands word for word in the seed document it names, and
/// the demo data, loaded through the app's loader into PostgreSQL, stores the fact (signature, signatory, lead,
/// partner, period, amounts, status, progress update, partnership, or an initiative that is not where it was put).
/// </summary>
public sealed class DemoFactsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly string FactsFile = Path.Combine(RepositoryPaths.Root, "tests", "MobilityPartnerships.IntegrationTests", "Data", "demo-facts.json");

    private static string SeedsFolder => Path.Combine(RepositoryPaths.SharedFolder, "seeds");

    private static List<JsonObject> Facts() =>
        JsonNode.Parse(File.ReadAllText(FactsFile))!["facts"]!.AsArray().Select(f => f!.AsObject()).ToList();

    [Fact]
    public void The_list_covers_signatures_leads_partners_and_every_annex_ii_amount_and_period()
    {
        var facts = Facts();
        int Count(string type) => facts.Count(f => (string?)f["check"]!["type"] == type);

        Assert.True(Count("signature") >= 3 + 3 + 11 + 6, "the three mobility partnerships and Italy's, France's and Spain's agreements");
        Assert.Equal(16, facts.Count(f => (string?)f["check"]!["type"] == "amounts" && (string?)f["seed"] == "003"));
        Assert.Equal(15, facts.Count(f => (string?)f["check"]!["type"] == "period" && (string?)f["seed"] == "003"));
        Assert.Contains(facts, f => (string?)f["check"]!["type"] == "lead" && (string?)f["check"]!["organisation"] == "RO");
        Assert.Contains(facts, f => (string?)f["check"]!["type"] == "lead" && (string?)f["check"]!["organisation"] == "CZ");
        Assert.All(facts, f => Assert.False(string.IsNullOrWhiteSpace((string?)f["fact"])));
    }

    [Fact]
    public void Every_phrase_stands_in_the_seed_document_it_names()
    {
        Assert.SkipUnless(Directory.Exists(SeedsFolder), $"{SeedsFolder} is not beside the repository");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var fact in Facts())
        {
            var seed = (string)fact["seed"]!;
            if (!texts.TryGetValue(seed, out var text))
            {
                text = File.ReadAllText(Assert.Single(Directory.GetFiles(SeedsFolder, seed + "_*.txt")));
                texts[seed] = text;
            }

            var phrase = (string)fact["phrase"]!;
            if (!text.Contains(phrase, StringComparison.Ordinal))
            {
                missing.Add($"{seed}: \"{phrase}\" ({fact["fact"]})");
            }
        }

        Assert.True(missing.Count == 0, "Phrases not in their seed document:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task The_demo_data_stores_every_fact_of_the_list()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await fixture.CreateContextAsync();
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var partnerships = await db.Partnerships.AsNoTracking().Include(p => p.Participants).ToDictionaryAsync(p => p.Name, ct);
        var initiatives = await db.Initiatives.AsNoTracking().Include(i => i.FundingLines).ToListAsync(ct);
        var updates = await db.ProgressUpdates.AsNoTracking().ToListAsync(ct);

        var wrong = new List<string>();
        foreach (var fact in Facts())
        {
            var problem = Check(fact["check"]!.AsObject());
            if (problem is not null)
            {
                wrong.Add($"{fact["fact"]}: {problem}");
            }
        }

        Assert.True(wrong.Count == 0, "Facts the demo data does not store:\n" + string.Join("\n", wrong));

        string? Check(JsonObject check)
        {
            var name = (string)check["partnership"]!;
            if (!partnerships.TryGetValue(name, out var partnership))
            {
                return $"no partnership named {name}";
            }

            var type = (string)check["type"]!;
            var initiative = check["initiative"] is { } key ? initiatives.SingleOrDefault(i => i.PartnershipId == partnership.Id && (i.Title == (string)key! || i.ReferenceCode == (string)key!)) : null;
            if (type is not ("signature" or "participant" or "partnership" or "priority" or "absent") && initiative is null)
            {
                return $"no initiative {check["initiative"]} in {name}";
            }

            return type switch
            {
                "signature" => Expect((partnership.SignedOn, partnership.SignedOnPrecision, partnership.IsSigned), (Day(check["signedOn"]), Enum.Parse<DatePrecision>((string)check["precision"]!), true)),
                "participant" => Expect(partnership.Participants.SingleOrDefault(p => p.OrganisationId == Organisation(check["organisation"]))?.Basis.ToString(), (string?)check["basis"]),
                "partnership" => Expect(((string?)partnership.Kind.ToString(), Country(partnership.PartnerCountryId), (string?)partnership.Status.ToString()), ((string?)check["kind"], (string?)check["country"], (string?)check["status"])),
                "priority" => Expect(partnership.Priorities.Contains((string)check["priority"]!), true),
                "lead" => Expect(initiative!.LeadOrganisationId, Organisation(check["organisation"])),
                "partner" => Expect(initiative!.Partners.Any(p => p.OrganisationId == Organisation(check["organisation"]) && p.Role.ToString() == (string?)check["role"]), true),
                "period" => Expect(
                    (Month(initiative!.Period.StartMonth), check["end"] is null ? null : Month(initiative.Period.EndMonth), check["months"] is null ? null : initiative.Period.DurationMonths),
                    ((string?)check["start"], (string?)check["end"], (int?)check["months"])),
                "amounts" => Expect((initiative!.TotalBudget.Value, initiative.EuContribution.Value), ((decimal?)check["total"], (decimal?)check["eu"])),
                "status" => Expect(initiative!.Status.ToString(), (string?)check["status"]),
                "progress" => Expect(
                    updates.Any(u => u.InitiativeId == initiative!.Id && u.ReportedOn == Day(check["reportedOn"]) && u.Rating.ToString() == (string?)check["rating"] && u.Narrative.Contains("Source: SEC(2009) 1240", StringComparison.Ordinal)),
                    true),
                "absent" => Expect(initiative is null, true),
                _ => $"unknown check {type}",
            };
        }

        Guid? Organisation(JsonNode? key)
        {
            if (key is null)
            {
                return null;
            }

            var text = (string)key!;
            var found = organisations.Where(o =>
                (o.CountryCode == text && o.Kind is OrganisationKind.MemberState or OrganisationKind.ThirdCountry) || o.ShortName == text || o.Name == text).ToList();
            return found.Count == 1 ? found[0].Id : throw new InvalidOperationException($"{found.Count} organisations answer to '{text}'");
        }

        string? Country(Guid? id) => id is null ? null : organisations.Single(o => o.Id == id).CountryCode;
    }

    private static string? Expect<T>(T stored, T expected) =>
        EqualityComparer<T>.Default.Equals(stored, expected) ? null : $"stored {stored}, the document gives {expected}";

    private static DateOnly? Day(JsonNode? node) => node is null ? null : DateOnly.ParseExact((string)node!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Month(DateOnly? month) => month?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
