using System.Net;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.LoadHarness;

/// <summary>An account signed in through the sign-in form, as a browser does: its cookies, and a client that sends them.</summary>
public sealed partial class SignedInUser : IDisposable
{
    private SignedInUser(string email, Uri baseAddress, CookieContainer cookies, HttpClient client)
    {
        Email = email;
        BaseAddress = baseAddress;
        Cookies = cookies;
        Client = client;
    }

    public string Email { get; }

    public Uri BaseAddress { get; }

    public CookieContainer Cookies { get; }

    public HttpClient Client { get; }

    public string CookieHeader => Cookies.GetCookieHeader(BaseAddress);

    public static async Task<SignedInUser> SignInAsync(Uri baseAddress, string email, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var form = await client.GetStringAsync(new Uri("sign-in", UriKind.Relative), cancellationToken);
        var token = AntiforgeryToken().Match(form) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var answer = await client.PostAsync(new Uri("account/sign-in", UriKind.Relative), content, cancellationToken);
        var location = answer.Headers.Location?.ToString() ?? string.Empty;
        if (answer.StatusCode != HttpStatusCode.Redirect || location.Contains("sign-in", StringComparison.Ordinal))
        {
            client.Dispose();
            throw new InvalidOperationException($"{email} could not sign in ({(int)answer.StatusCode} {location}).");
        }

        return new SignedInUser(email, baseAddress, cookies, client);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"(?: type=\"hidden\")? value=\"(?<token>[^\"]*)\"")]
    private static partial Regex AntiforgeryToken();
}
