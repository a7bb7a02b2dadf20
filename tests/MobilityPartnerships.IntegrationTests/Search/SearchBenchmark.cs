using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Features.Search.Searching;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>
/// Latency of the search over 60,000 initiatives: 100 varied searches (exact words, accentless words, typos,
/// word starts, reference codes, places, partners, contact points) as a focal point who reads all four
/// partnerships and the same 100 as a task-force member given one, each timed end to end through
/// <see cref="SearchEverything"/> (access scope included). Not a test: it runs only when asked for explicitly
/// (scripts/bench/search) and asserts nothing about time; it prints the median and 95th percentile.
/// </summary>
public sealed class SearchBenchmark(LargeSearchFixture fixture) : IClassFixture<LargeSearchFixture>
{
    private static readonly string[] Fixed =
    [
        "migration", "border security", "seasonal workers", "readmission agreement", "diaspora remittances", "labour mobility skills",
        "securite", "cooperation frontieres", "developpement", "reinsertion", "sante travailleurs", "mobilite des jeunes",
        "migraton", "secruity", "readmision", "trafickking", "remitances", "qualifcations recognition", "entrepreneurshp",
        "integ", "diasp", "biomet", "pass",
        "chisinau", "Bălți", "tbilisi", "fes",
        "bundesagentur", "AFD-B", "ICMPD", "Swedish Migration Agency",
        "Rusu", "lefevre", "soren", "Gelashvili",
        "'); DROP TABLE initiatives; --", "<script>alert(1)</script>", "\"visa\" & !passport | :*",
    ];

    [Fact(Explicit = true)]
    [Trait("Category", "Benchmark")]
    public async Task Searching_sixty_thousand_initiatives()
    {
        var queries = Queries();
        await using var db = await fixture.CreateContextAsync();
        var documents = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM search_documents").SingleAsync(TestContext.Current.CancellationToken);
        var words = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM search_words").SingleAsync(TestContext.Current.CancellationToken);
        Assert.True(documents >= LargeSearchFixture.InitiativeCount);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Search over {documents:N0} initiatives ({words:N0} known words); seeding with triggers took {fixture.SeedingTime.TotalSeconds:F0} s; {Environment.ProcessorCount} cores");
        var all = new List<double>();
        foreach (var (name, user) in new[] { ("focal point (4 partnerships)", fixture.FocalPoint), ("task-force member (1 partnership)", fixture.TaskForceMember) })
        {
            foreach (var query in queries.Take(10))
            {
                await SearchAsync(user, query);
            }

            var times = new List<double>();
            var found = 0;
            foreach (var query in queries)
            {
                var clock = Stopwatch.StartNew();
                var outcome = await SearchAsync(user, query);
                times.Add(clock.Elapsed.TotalMilliseconds);
                if (outcome is SearchOutcome.Refused refused)
                {
                    throw new InvalidOperationException($"The search for \"{query}\" was refused ({refused.Message}): the figures would time refusals, not searches.");
                }

                found += outcome is SearchOutcome.Found { Results.Total: > 0 } ? 1 : 0;
            }

            all.AddRange(times);
            report.AppendLine(CultureInfo.InvariantCulture, $"  as {name}: {times.Count} searches, {found} with results; median {Percentile(times, 0.5):F1} ms, p95 {Percentile(times, 0.95):F1} ms, max {times.Max():F1} ms");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"  all {all.Count} searches: median {Percentile(all, 0.5):F1} ms, p95 {Percentile(all, 0.95):F1} ms");
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        var output = Environment.GetEnvironmentVariable("BENCH_OUTPUT") ?? Path.Combine(RepositoryPaths.Root, ".local", "bench-search.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, report.ToString(), TestContext.Current.CancellationToken);
    }

    /// <summary>The fixed searches, then reference codes and word pairs, to 100 in all.</summary>
    private static List<string> Queries()
    {
        var queries = new List<string>(Fixed);
        var random = new Random(7);
        var pairs = new[] { "migration", "border", "skills", "asylum", "youth", "health", "passport", "return", "training", "emploi" };
        while (queries.Count < 100)
        {
            queries.Add(queries.Count % 2 == 0
                ? $"BM-{random.Next(1, LargeSearchFixture.InitiativeCount):000000}"
                : $"{pairs[random.Next(pairs.Length)]} {pairs[random.Next(pairs.Length)]}");
        }

        return queries;
    }

    private async Task<SearchOutcome> SearchAsync(ClaimsPrincipal user, string text)
    {
        await using var scope = fixture.As(user);
        return await scope.ServiceProvider.GetRequiredService<SearchEverything>().ExecuteAsync(text, TestContext.Current.CancellationToken);
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        var rank = Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1);
        return sorted[rank];
    }
}
