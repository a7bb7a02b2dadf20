using System.ComponentModel.DataAnnotations;

namespace MobilityPartnerships.Web.Hosting.Circuits;

/// <summary>
/// What the server keeps for open pages (interactive circuits); section <c>Circuits</c>. Every open page holds its
/// components and their state on the server (measured by <c>scripts/bench/circuits</c>), so how many there may be is
/// a setting rather than whatever browsers ask for.
/// </summary>
public sealed class CircuitSettings
{
    public const string Section = "Circuits";

    /// <summary>
    /// Connected pages one account may have at once; the next is refused with a message (close one, then reload). Ten covers
    /// a user's tabs; a script or a stuck browser opening hundreds cannot fill the server's memory.
    /// </summary>
    [Range(1, 1000)]
    public int MaxPerUser { get; set; } = 10;

    /// <summary>
    /// Pages whose connection dropped without closing (a network change, a laptop put to sleep) kept for their user to
    /// come back to, at most: the oldest beyond this is ended. A page closed in the browser ends at once and is not kept.
    /// 100 such pages hold a few tens of MB at most.
    /// </summary>
    [Range(0, 10_000)]
    public int DisconnectedMaxRetained { get; set; } = 100;

    /// <summary>
    /// How long such a page is kept: long enough for a brief network loss or a suspended laptop to reconnect with the
    /// page as it was, short enough that abandoned pages give their memory back within minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DisconnectedRetentionPeriod { get; set; } = TimeSpan.FromMinutes(3);
}
