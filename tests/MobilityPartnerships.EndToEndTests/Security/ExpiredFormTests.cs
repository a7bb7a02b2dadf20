using System.Net;

namespace MobilityPartnerships.EndToEndTests.Security;

/// <summary>
/// A form posted with a stale, wrong or missing antiforgery token (a sign-in page left open past its cookie, a form on
/// another site) is answered 400 with a sentence saying to reload, whichever form it is: never a 500, never an empty page.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class ExpiredFormTests(AppFixture app)
{
    [Theory]
    [InlineData("account/sign-in", "abc")]
    [InlineData("account/sign-in", null)]
    [InlineData("account/forgot-password", "abc")]
    [InlineData("account/accept-invitation", "abc")]
    [InlineData("account/language", "abc")]
    [InlineData("account/language", null)]
    public async Task A_form_with_a_token_that_is_not_the_sites_is_answered_400_saying_to_reload(string path, string? token)
    {
        var ct = TestContext.Current.CancellationToken;
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseAddress };
        using (var signInPage = await client.GetAsync("sign-in", ct))
        {
            Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("email", "focal.point@mobility-partnerships.example"),
            new("password", AppFixture.Password),
            new("language", "fr"),
            new("returnUrl", "/"),
        };
        if (token is not null)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }

        using var response = await client.PostAsync(path, new FormUrlEncodedContent(fields), ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This form has expired or did not come from this site. Reload the page and try again.", await response.Content.ReadAsStringAsync(ct));
    }
}
