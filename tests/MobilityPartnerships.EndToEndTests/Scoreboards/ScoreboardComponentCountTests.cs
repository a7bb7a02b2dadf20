using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MobilityPartnerships.EndToEndTests.Hosting;
using MobilityPartnerships.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace MobilityPartnerships.EndToEndTests.Scoreboards;

/// <summary>
/// What an open scoreboard page holds on the server: every component of an interactive page is kept, with two render
/// trees each, for as long as the page is open, so a page's memory follows its count of components (decision 0015).
/// The app counts the components it creates (through Blazor's <see cref="IComponentActivator"/>), per circuit and per
/// prerender, for Moldova's page (14 initiatives) opened in a browser until it is interactive and idle.
/// </summary>
[Collection(SeparateApps.Name)]
public sealed class ScoreboardComponentCountTests
{
    /// <summary>
    /// At most this many components in the circuit of Moldova's page as its focal point sees it (40, and a margin).
    /// Before the grid's columns, rows and the page's static parts were written as markup, the circuit created 562 (a
    /// column-options menu in every property column's header, a link and a flags component per row, a component per
    /// heading, paper and grid cell); before the filters were the browser's own selects and the layout's and page's
    /// buttons, links, switches and icons plain markup, 439 (a select of MudBlazor's with a component per choice, its
    /// input, label, popover, overlay, clear button and icons; a component or three per navigation link and button);
    /// before the scoreboard's grid, pager, search field and menus, the page's tooltip and small tables and the layout's
    /// antiforgery fields were markup, 186 (MudBlazor's data grid alone about seventy: a header and footer cell per
    /// column, the columns, the pager's select, buttons and icons, drop zones and virtualisation); before the layout's
    /// drawer was markup and the theme's style written outside the circuit, 55 (MudBlazor's layout, drawer, its overlay
    /// and cascading value, the theme provider); before the scoreboard's filters were written into its own tree, 49 (a
    /// filter component each).
    /// </summary>
    private const int Bound = 45;

    [Fact]
    public async Task An_open_scoreboard_page_holds_a_bounded_number_of_components()
    {
        var book = new TallyBook();
        await using var database = await TestDatabase.CreateAsync("components");
        await using var app = SeparateApp.Start(database.ConnectionString, services: services =>
        {
            services.AddSingleton(book);
            services.AddScoped<Tally>();
            services.AddScoped<IComponentActivator, CountingActivator>();
            services.AddScoped<CircuitHandler, CircuitTally>();
        });
        var moldova = await database.ScalarAsync<Guid>("SELECT id FROM partnerships WHERE name = 'Mobility Partnership with the Republic of Moldova'");
        var path = $"partnerships/{moldova}";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium", Headless = true, Args = AppFixture.ChromiumArguments });
        await using var context = await browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await AppFixture.SignInAsync(page, "focal.point@mobility-partnerships.example", AppFixture.Password);
        await page.WaitForURLAsync(url => !url.Contains("sign-in", StringComparison.Ordinal));

        await page.GotoAsync(path);
        await AppFixture.WaitForInteractivityAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // The page is whole: its 14 rows and totals, and the pager the interactive grid adds.
        await Expect(page.Locator("section[aria-labelledby=scoreboard-heading] table tbody tr.mud-table-row")).ToHaveCountAsync(14);
        await Expect(page.Locator("#scoreboard-totals")).ToContainTextAsync("14 initiatives");
        await Expect(page.Locator(".mud-table-pagination")).ToBeVisibleAsync();

        var circuit = Assert.Single(book.All, t => t.IsCircuit && t.Path.EndsWith(path, StringComparison.Ordinal));
        var prerender = Assert.Single(book.All, t => !t.IsCircuit && t.Path.EndsWith(path, StringComparison.Ordinal));
        TestContext.Current.SendDiagnosticMessage($"Moldova's page: {circuit.Count} components in its circuit, {prerender.Count} in its prerender; by type: {circuit.ByType()}");
        Assert.True(circuit.Count <= Bound, $"The circuit of Moldova's page created {circuit.Count} components (bound {Bound}): {circuit.ByType()}");
    }

    /// <summary>Every tally of the app: one per request scope (a prerender) and one per circuit.</summary>
    private sealed class TallyBook
    {
        private readonly ConcurrentQueue<Tally> tallies = new();

        public IReadOnlyList<Tally> All => [.. tallies];

        public void Add(Tally tally) => tallies.Enqueue(tally);
    }

    /// <summary>The components one scope's renderer created, by type.</summary>
    private sealed class Tally
    {
        private readonly ConcurrentDictionary<Type, int> byType = new();

        public Tally(TallyBook book, IHttpContextAccessor http)
        {
            Path = http.HttpContext?.Request.Path.Value ?? string.Empty;
            book.Add(this);
        }

        public string Path { get; set; }

        public bool IsCircuit { get; set; }

        public int Count => byType.Values.Sum();

        public void Add(Type type) => byType.AddOrUpdate(type, 1, (_, n) => n + 1);

        public string ByType() => string.Join(", ", byType.OrderByDescending(p => p.Value).Select(p => $"{p.Key.Name} {p.Value}"));
    }

    private sealed class CountingActivator(Tally tally, IServiceProvider services) : IComponentActivator
    {
        public IComponent CreateInstance(Type componentType)
        {
            tally.Add(componentType);
            return (IComponent)ActivatorUtilities.CreateInstance(services, componentType);
        }
    }

    /// <summary>Marks the circuit's tally with the address the circuit opened on.</summary>
    private sealed class CircuitTally(Tally tally, NavigationManager navigation) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            tally.IsCircuit = true;
            tally.Path = new Uri(navigation.Uri).AbsolutePath;
            return Task.CompletedTask;
        }
    }
}
