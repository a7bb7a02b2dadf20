namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// A form's or a button's work, one at a time: a second submit or click that arrives while the first is under way (a
/// double-click, whose two events reach the circuit before the button is shown disabled) is ignored instead of writing
/// twice — a second progress update, comment or action point, or a save against the version the first just replaced.
/// <see cref="IsBusy"/> disables the button meanwhile.
/// </summary>
public sealed class OneAtATime
{
    public bool IsBusy { get; private set; }

    /// <summary>Runs <paramref name="work"/> unless work is under way, when it does nothing.</summary>
    public async Task RunAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (IsBusy)
        {
            return;
        }

        IsBusy = true;
        try
        {
            await work();
        }
        finally
        {
            IsBusy = false;
        }
    }
}
