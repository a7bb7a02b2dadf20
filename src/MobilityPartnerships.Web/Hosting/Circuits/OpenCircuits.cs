namespace MobilityPartnerships.Web.Hosting.Circuits;

/// <summary>How many connected pages (circuits) each account has on this server, for <see cref="CircuitSettings.MaxPerUser"/>.</summary>
public sealed class OpenCircuits
{
    private readonly Dictionary<string, int> byAccount = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Counts one more open page for the account, unless it already has <paramref name="limit"/>.</summary>
    public bool TryOpen(string accountId, int limit)
    {
        lock (gate)
        {
            var open = byAccount.GetValueOrDefault(accountId);
            if (open >= limit)
            {
                return false;
            }

            byAccount[accountId] = open + 1;
            return true;
        }
    }

    /// <summary>Counts a page that was let in before and reconnects, whatever the count.</summary>
    public void Reopen(string accountId)
    {
        lock (gate)
        {
            byAccount[accountId] = byAccount.GetValueOrDefault(accountId) + 1;
        }
    }

    public void Close(string accountId)
    {
        lock (gate)
        {
            if (byAccount.TryGetValue(accountId, out var open))
            {
                if (open <= 1)
                {
                    byAccount.Remove(accountId);
                }
                else
                {
                    byAccount[accountId] = open - 1;
                }
            }
        }
    }

    public int OpenFor(string accountId)
    {
        lock (gate)
        {
            return byAccount.GetValueOrDefault(accountId);
        }
    }
}
