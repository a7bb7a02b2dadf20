using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.EndToEndTests.Hosting;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.EndToEndTests.Statements;

/// <summary>
/// What one GET of a page costs PostgreSQL, counted as its log lists it (commands, connection resets, transaction
/// statements): a few, the same for a partnership of 14 initiatives or of 10,000 and for a user of 1 or of
/// 50 partnerships, the session check each request makes included.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed partial class StatementCountTests(StatementCountTests.World world) : IClassFixture<StatementCountTests.World>
{
    /// <summary>
    /// At most 8 statements per GET of any of these pages: the session check and 7 of the page's own (decision 0011
    /// lists them), for a partnership of 14 initiatives or of 10,000 and for a user of 1 partnership or of 50.
    /// </summary>
    private const int Bound = 8;

    public static TheoryData<string, string> Pages => new()
    {
        { "focal point of 2", "partnerships" },
        { "focal point of 50", "partnerships" },
        { "focal point of 2", "moldova" },
        { "focal point of 50", "moldova" },
        { "focal point of 50", "large" },
        { "focal point of 50", "large?page=2" },
        { "focal point of 2", "moldova?page=2&size=10" },
        { "focal point of 2", "initiative" },
        { "official of 1", "moldova" },
        { "official of 1", "initiative" },
        { "focal point of 50", "search?q=generated%20row" },
        { "focal point of 50", "search?q=generated%20row&group=initiatives&page=30" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_costs_a_few_statements(string user, string page)
    {
        var tally = await CountAsync(user, page);
        Assert.True(tally.Total <= Bound, $"GET {world.PathOf(page)} as the {user}: {tally}");
    }

    [Fact]
    public async Task A_page_costs_the_same_for_ten_thousand_initiatives_as_for_fourteen_and_for_a_user_of_fifty_partnerships_as_of_two()
    {
        var moldovaOfTwo = (await CountAsync("focal point of 2", "moldova")).Total;
        var moldovaOfFifty = (await CountAsync("focal point of 50", "moldova")).Total;
        var large = (await CountAsync("focal point of 50", "large")).Total;
        var largePageTwo = (await CountAsync("focal point of 50", "large?page=2")).Total;
        var listOfTwo = (await CountAsync("focal point of 2", "partnerships")).Total;
        var listOfFifty = (await CountAsync("focal point of 50", "partnerships")).Total;

        Assert.Equal(moldovaOfTwo, moldovaOfFifty);
        Assert.Equal(listOfTwo, listOfFifty);
        Assert.Equal(large, largePageTwo);
        // A deep page of a search's group (10,000 match "generated row") costs what its first page does.
        Assert.Equal(
            (await CountAsync("focal point of 50", "search?q=generated%20row&group=initiatives")).Total,
            (await CountAsync("focal point of 50", "search?q=generated%20row&group=initiatives&page=30")).Total);
        // Moldova's page has meetings, action points and history the generated partnership lacks: never fewer statements.
        Assert.True(large <= moldovaOfFifty, $"10,000 initiatives: {large} statements; Moldova's 14: {moldovaOfFifty}");
    }

    /// <summary>
    /// The partnerships a user reads are one array parameter of each statement that applies the read scope, not a
    /// parameter per partnership: a focal point reads every partnership (more than 50 here; hundreds in use), and each
    /// statement of their page carries fewer parameters than that (one text to build, send and plan, whatever they read).
    /// </summary>
    [Fact]
    public async Task A_page_s_statements_carry_the_partnerships_a_user_reads_as_one_parameter()
    {
        var partnerships = await world.PartnershipsAsync();
        var tally = await CountAsync("focal point of 50", "moldova");

        var most = tally.Sql.Max(sql => Parameter().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.True(partnerships > 50, $"The database holds {partnerships} partnerships.");
        Assert.True(most < partnerships, $"A statement carries {most} parameters, with {partnerships} partnerships read: {tally}");
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();

    /// <summary>One GET of the page as the user, its statements counted as PostgreSQL's log would list them.</summary>
    private async Task<StatementCounter.Tally> CountAsync(string user, string page)
    {
        var client = await world.ClientAsync(user);
        var path = world.PathOf(page);
        var name = $"{user} {page} {Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(StatementCounter.Header, name);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"GET {path} as the {user}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 3000)]}");
        var tally = world.Counter.Of(name);
        TestContext.Current.SendDiagnosticMessage($"{user} GET {path}: {tally.Total} statements ({tally.Commands} commands, {tally.Resets} resets, {tally.TransactionStatements} transaction statements)");
        return tally;
    }

    /// <summary>
    /// A browser's whole load of Moldova's page: the GET, then the interactive start, which takes the prerender's data
    /// (persisted component state) rather than reading it again.
    /// </summary>
    [Fact]
    public async Task The_interactive_start_reuses_what_the_prerender_read()
    {
        var path = world.PathOf("moldova");
        var name = "browser GET " + Guid.NewGuid().ToString("N");
        await using var browser = await world.BrowserAsync();
        var page = await browser.NewPageAsync();
        await page.RouteAsync($"**/{path}", async route =>
        {
            var headers = new Dictionary<string, string>(route.Request.Headers) { [StatementCounter.Header] = name };
            await route.ContinueAsync(new() { Headers = headers });
        });
        var before = world.Counter.All.Total;
        var commandsBefore = world.Counter.All.Commands;

        await page.GotoAsync(path);
        await AppFixture.WaitForInteractivityAsync(page);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        var load = world.Counter.All.Total - before;
        var get = world.Counter.Of(name);
        var interactiveStart = load - get.Total;
        TestContext.Current.SendDiagnosticMessage($"browser load of {path}: {load} statements, {get.Total} for the GET, {interactiveStart} for the interactive start");
        Assert.True(get.Total > 0, "The GET was counted.");
        var commands = world.Counter.All.Sql.Skip(commandsBefore).ToList();
        var listed = $"the load's commands:{Environment.NewLine}{string.Join(Environment.NewLine + "---" + Environment.NewLine, commands)}";

        // The three requests that open the connection (its initializers, negotiate, connect) each check the session;
        // the scripts and styles do not, and nothing the prerender read is read again.
        var sessionChecks = commands.Count(sql => sql.Contains("FROM sessions", StringComparison.Ordinal)) - get.Sql.Count(sql => sql.Contains("FROM sessions", StringComparison.Ordinal));
        Assert.True(sessionChecks <= 3, $"The interactive start of {path} checked the session {sessionChecks} times; {listed}");
        Assert.True(interactiveStart - sessionChecks <= 2, $"The interactive start of {path} ran {interactiveStart - sessionChecks} statements besides the session checks; {listed}");
    }

    public sealed class World : IAsyncLifetime
    {
        private readonly Dictionary<string, HttpClient> clients = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim signingIn = new(1, 1);
        private TestDatabase database = default!;
        private Microsoft.Playwright.IPlaywright? playwright;
        private Microsoft.Playwright.IBrowser? chromium;
        private SeparateApp app = default!;

        public StatementCounter Counter { get; } = new();

        public Guid Moldova { get; private set; }

        public Guid Large { get; } = Guid.NewGuid();

        public Guid MoldovaInitiative { get; private set; }

        public string PathOf(string page) => page switch
        {
            "partnerships" => "partnerships",
            "initiative" => $"initiatives/{MoldovaInitiative}",
            _ when page.StartsWith("search", StringComparison.Ordinal) => page,
            _ when page.StartsWith("moldova", StringComparison.Ordinal) => $"partnerships/{Moldova}{page["moldova".Length..]}",
            _ => $"partnerships/{Large}{page["large".Length..]}",
        };

        /// <summary>How many partnerships the database holds.</summary>
        public Task<long> PartnershipsAsync() => database.ScalarAsync<long>("SELECT count(*) FROM partnerships");

        public async Task<HttpClient> ClientAsync(string user)
        {
            await signingIn.WaitAsync();
            try
            {
                if (!clients.TryGetValue(user, out var client))
                {
                    client = await app.SignedInClientAsync(user switch
                    {
                        "focal point of 2" => "focal.point@mobility-partnerships.example",
                        "official of 1" => "moldova@mobility-partnerships.example",
                        _ => "many@mobility-partnerships.example",
                    });
                    clients[user] = client;
                }

                return client;
            }
            finally
            {
                signingIn.Release();
            }
        }

        /// <summary>A browser signed in as the demo's focal point (of Moldova and Cape Verde).</summary>
        public async Task<Microsoft.Playwright.IBrowserContext> BrowserAsync()
        {
            playwright ??= await Microsoft.Playwright.Playwright.CreateAsync();
            chromium ??= await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
            var context = await chromium.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
            var page = await context.NewPageAsync();
            await AppFixture.SignInAsync(page, "focal.point@mobility-partnerships.example", AppFixture.Password);
            await page.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));
            await page.CloseAsync();
            return context;
        }

        public async ValueTask InitializeAsync()
        {
            database = await TestDatabase.CreateAsync("statements");
            app = SeparateApp.Start(database.ConnectionString, services: services => StatementCounter.AddTo(services, Counter));
            Moldova = (await database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'"))!;
            MoldovaInitiative = (await database.ScalarAsync<Guid>("SELECT id FROM initiatives WHERE partnership_id = $1 ORDER BY title LIMIT 1", Moldova))!;
            await SeedLargeAsync();
            await SeedAccountOfFiftyAsync();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }

            signingIn.Dispose();
            if (chromium is not null)
            {
                await chromium.DisposeAsync();
            }

            playwright?.Dispose();
            await app.DisposeAsync();
            await database.DisposeAsync();
        }

        private async Task SeedLargeAsync()
        {
            await GeneratedPartnership.SeedAsync(database, Large);
            await database.ExecuteAsync("ANALYZE");
        }

        /// <summary>A focal point assigned to 50 partnerships: the demo's, the generated one, and more generated without initiatives.</summary>
        private async Task SeedAccountOfFiftyAsync()
        {
            await database.ExecuteAsync("""
                INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
                SELECT gen_random_uuid(), 'Generated partnership ' || n, 'MobilityPartnership', 'InImplementation', DATE '2010-01-01', '{}'
                FROM generate_series(1, 50) AS n;
                """);
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
            var account = new Account
            {
                Id = Guid.CreateVersion7(), UserName = "many@mobility-partnerships.example", Email = "many@mobility-partnerships.example",
                DisplayName = "Focal point of fifty", Role = Role.FocalPoint, CreatedAt = DateTimeOffset.UtcNow,
            };
            var created = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().CreateAsync(account, AppFixture.Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            await database.ExecuteAsync("""
                INSERT INTO partnership_assignments (account_id, partnership_id)
                SELECT $1, id FROM (SELECT id FROM partnerships WHERE id = $2 OR name = 'Mobility Partnership with the Republic of Moldova' UNION ALL
                                    (SELECT id FROM partnerships WHERE name LIKE 'Generated partnership %' ORDER BY name LIMIT 48)) AS chosen;
                """, account.Id, Large);
            Assert.Equal(50L, await database.ScalarAsync<long>("SELECT count(*) FROM partnership_assignments WHERE account_id = $1", account.Id));
        }
    }
}
