using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MobilityPartnerships.Web.Components.Common;
using Npgsql;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// An open page whose interactive event meets a database that cannot be reached says so in place, as the error page
/// does for a request, and offers to try again; any other error is not hidden by it.
/// </summary>
public sealed class DatabaseErrorBoundaryTests : ComponentTest
{
    public DatabaseErrorBoundaryTests() => SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    private IRenderedComponent<DatabaseErrorBoundary> Page(Func<Exception> failure) =>
        Render<DatabaseErrorBoundary>(p => p.Add(c => c.ChildContent, (RenderFragment)(builder =>
        {
            builder.OpenComponent<FailingReader>(0);
            builder.AddComponentParameter(1, nameof(FailingReader.Failure), failure);
            builder.CloseComponent();
        })));

    [Fact]
    public void A_read_that_cannot_reach_the_database_says_so_with_a_reference_and_trying_again_shows_the_page()
    {
        var page = Page(() => new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111)));

        page.Find("#read").Click();

        var message = page.Find("[data-testid=database-away]");
        Assert.Contains("The database is not available", message.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Reference number:\s*MP-\w{8}", message.TextContent);
        Assert.Empty(page.FindAll("#read"));

        page.Find("[data-testid=database-away-retry]").Click();
        Assert.Single(page.FindAll("#read"));
        Assert.Empty(page.FindAll("[data-testid=database-away]"));
    }

    [Fact]
    public void A_fault_in_the_code_is_not_told_as_the_database_being_away()
    {
        var page = Page(() => new InvalidOperationException("Sequence contains no elements"));

        Assert.ThrowsAny<InvalidOperationException>(() => page.Find("#read").Click());
        Assert.Empty(page.FindAll("[data-testid=database-away]"));
    }

    private sealed class FailingReader : ComponentBase
    {
        [Parameter]
        public Func<Exception> Failure { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "id", "read");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => throw Failure()));
            builder.AddContent(3, "Read");
            builder.CloseElement();
        }
    }
}
