using System.Net;

namespace MobilityPartnerships.LoadHarness;

/// <summary>A page the server did not render: its status and, for a redirect (to the sign-in page, say), where to.</summary>
public sealed class PageRefusedException(Uri address, HttpStatusCode status, Uri? location)
    : InvalidOperationException($"GET {address} answered {(int)status}{(location is null ? string.Empty : $" → {location}")}.")
{
    public HttpStatusCode Status { get; } = status;

    public Uri? Location { get; } = location;

    /// <summary>Whether the server sent the user to sign in: the session was not recognised.</summary>
    public bool ToSignIn => Location?.ToString().Contains("sign-in", StringComparison.Ordinal) == true;
}
