using System.Linq.Expressions;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Features.Partnerships.Details;
using MobilityPartnerships.Web.Features.Partnerships.Keepers;
using MobilityPartnerships.Web.Features.Scoreboards.Page;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;
using MobilityPartnerships.Web.Hosting.Languages;
using MobilityPartnerships.Web.Resources;
using MudBlazor;

namespace MobilityPartnerships.Web.Tests.Languages;

/// <summary>
/// A pseudo-language: every text the resources give is wrapped in brackets, so any visible text left outside brackets was
/// written into the markup (or is MudBlazor's own English that no resource translates). What users typed is marked
/// <c>data-user-content</c> and left out. Covers components that render without a database; the pages are covered in both
/// languages by the browser tests.
/// </summary>
public sealed partial class PseudoLanguageTests : ComponentTest
{
    public PseudoLanguageTests()
        : base(services =>
        {
            services.RemoveAll<IStringLocalizer<Strings>>();
            services.AddSingleton<IStringLocalizer<Strings>>(new Bracketing(Texts.Strings));
            services.AddTransient<MudLocalizer, AppMudLocalizer>();
        })
    {
    }

    [Theory]
    [InlineData(ReadOnlyReason.NotItsFocalPoint)]
    [InlineData(ReadOnlyReason.GivenToRead)]
    public void The_read_only_notice_has_no_text_outside_the_resources(ReadOnlyReason reason)
    {
        var notice = Render<ReadOnlyNotice>(p => p
            .Add(c => c.Reason, reason)
            .Add(c => c.Keepers, new PartnershipKeepers(["Anna Keeper"], [new("Sven Official", "Sweden")])));

        AssertAllBracketed(notice.Nodes);
    }

    [Fact]
    public void A_scoreboard_rows_flags_have_no_text_outside_the_resources()
    {
        var today = new DateOnly(2026, 3, 10);
        var late = new ScoreboardRow { Title = "Late pilot", Status = InitiativeStatus.Ongoing, EndMonth = new DateOnly(2025, 1, 1), LastUpdateOn = today.AddDays(-200), LastRating = ProgressRating.Delayed, IsArchived = true };

        var flags = Render<ProgressFlags>(p => p.Add(c => c.Row, late).Add(c => c.Today, today).Add(c => c.StaleAfterDays, 30));

        AssertAllBracketed(flags.Nodes);
    }

    [Fact]
    public void MudBlazors_own_pager_speaks_through_the_resources()
    {
        Expression<Func<string, string>> itself = s => s;
        RenderFragment columns = builder =>
        {
            builder.OpenComponent<PropertyColumn<string, string>>(0);
            builder.AddAttribute(1, nameof(PropertyColumn<string, string>.Property), itself);
            builder.AddAttribute(2, nameof(PropertyColumn<string, string>.Title), "[Title]");
            builder.CloseComponent();
        };
        RenderFragment pager = builder =>
        {
            builder.OpenComponent<MudDataGridPager<string>>(0);
            builder.CloseComponent();
        };

        var grid = Render<MudDataGrid<string>>(p => p
            .Add(g => g.Items, ["one", "two", "three"])
            .Add(g => g.Columns, columns)
            .Add(g => g.PagerContent, pager));

        Assert.Contains("[Rows per page:]", grid.Markup, StringComparison.Ordinal);
        AssertAllBracketed(grid.Nodes, except: ["one", "two", "three"]);
    }

    private static void AssertAllBracketed(INodeList nodes, IReadOnlyCollection<string>? except = null)
    {
        var outside = new List<string>();
        foreach (var node in nodes.SelectMany(Descendants))
        {
            if (node is IText text && !IsUserContent(text.ParentElement) && text.ParentElement?.LocalName is not ("script" or "style"))
            {
                var left = WithoutBrackets(text.Data);
                if (Letters().IsMatch(left) && except?.Contains(left) != true)
                {
                    outside.Add(left);
                }
            }
        }

        Assert.True(outside.Count == 0, "Visible text outside the resources:\n" + string.Join('\n', outside));
    }

    /// <summary>The text without its bracketed parts, innermost first (a text may hold another: a list of names in a sentence).</summary>
    private static string WithoutBrackets(string text)
    {
        for (var shorter = Bracketed().Replace(text, string.Empty); shorter != text; shorter = Bracketed().Replace(text, string.Empty))
        {
            text = shorter;
        }

        return text.Trim();
    }

    private static IEnumerable<INode> Descendants(INode node) => node.ChildNodes.SelectMany(Descendants).Prepend(node);

    private static bool IsUserContent(IElement? element) => element?.Closest("[data-user-content]") is not null;

    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letters();

    /// <summary>The app's texts, each in brackets; a key without a text stays as the bare key, so it shows as outside.</summary>
    private sealed class Bracketing(IStringLocalizer<Strings> inner) : IStringLocalizer<Strings>
    {
        public LocalizedString this[string name] => Wrap(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Wrap(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures).Select(Wrap);

        private static LocalizedString Wrap(LocalizedString text) =>
            text.ResourceNotFound ? text : new LocalizedString(text.Name, "[" + text.Value + "]", resourceNotFound: false, text.SearchedLocation);
    }
}
