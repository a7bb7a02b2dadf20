using Microsoft.AspNetCore.Components;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// A component whose reads end with it. <see cref="Closing"/> is cancelled when the component is disposed — the user
/// left the page, or the circuit ended and its services with it — and every read the component starts passes it down.
/// A load (<c>OnInitializedAsync</c>, <c>OnParametersSetAsync</c>) or event handler that then fails because the
/// component is gone — cancelled, or refused by the circuit's disposed services — has reached its expected end and is
/// not reported; every other failure, and any failure while the component is open, stays an error.
/// </summary>
public abstract class CancellableComponent : ComponentBase, IHandleEvent, IDisposable
{
    private readonly CancellationTokenSource closing = new();

    protected CancellableComponent() => Closing = closing.Token;

    /// <summary>Cancelled once the component is disposed; kept apart from its source, which may not be asked once disposed.</summary>
    protected CancellationToken Closing { get; }

    public override async Task SetParametersAsync(ParameterView parameters)
    {
        try
        {
            await base.SetParametersAsync(parameters);
        }
        catch (Exception exception) when (EndedByClosing(exception))
        {
            // The component went while it loaded: nothing is left to show the result in.
        }
    }

    /// <summary>As <see cref="ComponentBase"/> handles an event (render now, and again when the handler is done), with a handler ended by the component's closing treated as its end.</summary>
    Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem item, object? arg)
    {
        var task = item.InvokeAsync(arg);
        var pending = task.Status is not (TaskStatus.RanToCompletion or TaskStatus.Canceled);
        StateHasChanged();
        return pending ? RenderWhenDoneAsync(task) : Task.CompletedTask;
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Cancels <see cref="Closing"/>; a component with more to release overrides this and calls it.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !Closing.IsCancellationRequested)
        {
            closing.Cancel();
            closing.Dispose();
        }
    }

    /// <summary>
    /// Whether <paramref name="exception"/> is only the sign that the component was disposed while its work ran: a
    /// cancellation, or the circuit's services refusing to serve once disposed.
    /// </summary>
    private bool EndedByClosing(Exception exception) =>
        Closing.IsCancellationRequested && exception is OperationCanceledException or ObjectDisposedException;

    private async Task RenderWhenDoneAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception exception) when (task.IsCanceled || EndedByClosing(exception))
        {
            return;
        }

        StateHasChanged();
    }
}
