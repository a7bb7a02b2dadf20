using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Tests.Components;

/// <summary>
/// A page left while it loads (or while a click's work runs): its reads are cancelled, and what fails because the page and
/// its circuit's services are gone is the end of the work, not an error of the circuit. A failure while the page is open
/// is still one.
/// </summary>
public sealed class CancellableComponentTests : ComponentTest
{
    private readonly TaskCompletionSource gate = new();
    private CancellationToken seen;

    [Fact]
    public async Task A_page_left_while_it_loads_cancels_the_load_and_reports_nothing()
    {
        Render<Loading>(p => p.Add(c => c.Load, WaitAsync));
        Assert.False(seen.IsCancellationRequested);

        await DisposeComponentsAsync();
        Assert.True(seen.IsCancellationRequested);
        // The circuit's services refuse the load's next step, as CurrentUser's provider did once the circuit ended.
        await FailAsync(new ObjectDisposedException("IServiceProvider"));

        Assert.False(Renderer.UnhandledException.IsCompleted);
    }

    [Fact]
    public async Task A_load_cancelled_by_the_page_leaving_reports_nothing()
    {
        Render<Loading>(p => p.Add(c => c.Load, WaitAsync));

        await DisposeComponentsAsync();
        await FailAsync(new OperationCanceledException(seen));

        Assert.False(Renderer.UnhandledException.IsCompleted);
    }

    [Fact]
    public async Task A_click_whose_work_ends_with_the_page_reports_nothing()
    {
        var page = Render<Clicking>(p => p.Add(c => c.Work, WaitAsync));
        var click = page.Find("button").ClickAsync(new MouseEventArgs());

        await DisposeComponentsAsync();
        Assert.True(seen.IsCancellationRequested);
        await FailAsync(new ObjectDisposedException("IServiceProvider"));

        await click;
        Assert.False(Renderer.UnhandledException.IsCompleted);
    }

    [Fact]
    public async Task A_failure_while_the_page_is_open_is_still_an_error()
    {
        Render<Loading>(p => p.Add(c => c.Load, WaitAsync));

        await FailAsync(new ObjectDisposedException("IServiceProvider"));

        Assert.IsType<ObjectDisposedException>(await Renderer.UnhandledException);
    }

    [Fact]
    public async Task Any_other_failure_after_the_page_left_is_still_an_error()
    {
        Render<Loading>(p => p.Add(c => c.Load, WaitAsync));

        await DisposeComponentsAsync();
        await FailAsync(new InvalidOperationException("A real fault."));

        Assert.IsType<InvalidOperationException>(await Renderer.UnhandledException);
    }

    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        seen = cancellationToken;
        await gate.Task;
    }

    /// <summary>Fails the awaited step on the renderer's thread, and lets the renderer finish what follows from it.</summary>
    private async Task FailAsync(Exception exception)
    {
        await Renderer.Dispatcher.InvokeAsync(() => gate.SetException(exception));
        for (var i = 0; i < 3; i++)
        {
            await Renderer.Dispatcher.InvokeAsync(() => { });
        }
    }

    private sealed class Loading : CancellableComponent
    {
        [Parameter]
        public Func<CancellationToken, Task> Load { get; set; } = default!;

        protected override Task OnInitializedAsync() => Load(Closing);
    }

    private sealed class Clicking : CancellableComponent
    {
        [Parameter]
        public Func<CancellationToken, Task> Work { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => Work(Closing)));
            builder.CloseElement();
        }
    }
}
