using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Features.Users;
using MobilityPartnerships.Web.Features.Users.Changing;
using MobilityPartnerships.Web.Features.Users.Inviting;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.Tokens;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Users;

/// <summary>
/// The names kept outside the domain's aggregates, a user's and an access token's, are held to the rule of every
/// text of one line: no line break, no control character, nothing forcing the direction. A user's name is what
/// history, progress updates and indicator values are signed with, which the domain holds to that rule: a user
/// stored with a line break in their name could save nothing.
/// </summary>
public sealed class NamesOfOneLineTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Refused() => new()
    {
        { "Ana\nBerg", "Name must be on one line: remove the line break." },
        { "Ana\r\nBerg", "Name must be on one line: remove the line break." },
        { "Ana\u0007Berg", "Name holds a control character (U+0007) that cannot be shown: remove it." },
        { "\u202Egreb anA", "Name holds a character that forces the direction of the text (U+202E), so that it can show other than it reads: remove it." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_invited_users_name_is_refused_at_the_name_and_no_account_is_made(string name, string message)
    {
        var email = NewEmail();

        var outcome = await fixture.Get<InviteUser>().ExecuteAsync(new UserDraft { Email = email, DisplayName = name, Role = Role.Administrator }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(UserDraft.DisplayName), message), (error.Path, error.Message));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM accounts WHERE email = $1", email));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_changed_name_is_refused_at_the_name_and_the_stored_one_kept(string name, string message)
    {
        var email = NewEmail();
        var id = Assert.IsType<Invitation>(await fixture.Get<InviteUser>().ExecuteAsync(new UserDraft { Email = email, DisplayName = "Ana Berg", Role = Role.Administrator }, Token)).AccountId;

        var outcome = await fixture.Get<ChangeUser>().ExecuteAsync(id, new UserDraft { Email = email, DisplayName = name, Role = Role.Administrator }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(UserDraft.DisplayName), message), (error.Path, error.Message));
        Assert.Equal("Ana Berg", await fixture.Database.ScalarAsync<string>("SELECT display_name FROM accounts WHERE id = $1", id));
    }

    [Fact]
    public async Task An_e_mail_with_a_line_break_is_refused_at_the_e_mail()
    {
        var email = NewEmail();

        var outcome = await fixture.Get<InviteUser>().ExecuteAsync(new UserDraft { Email = email + "\nBcc: all@example.org", DisplayName = "Ana Berg", Role = Role.Administrator }, Token);

        Assert.Contains(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors, e => e.Path == nameof(UserDraft.Email) && e.Message == "E-mail must be on one line: remove the line break.");
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM accounts WHERE email LIKE $1", email + "%"));
    }

    [Fact]
    public async Task A_name_is_stored_with_its_line_breaks_and_spaces_as_every_text_is()
    {
        var email = NewEmail();

        var id = Assert.IsType<Invitation>(await fixture.Get<InviteUser>().ExecuteAsync(new UserDraft { Email = email, DisplayName = "\u00A0Ana Berg\u3000", Role = Role.Administrator }, Token)).AccountId;

        Assert.Equal("Ana Berg", await fixture.Database.ScalarAsync<string>("SELECT display_name FROM accounts WHERE id = $1", id));
    }

    [Theory]
    [InlineData("Power BI\nat the ministry", "Name must be on one line: remove the line break.")]
    [InlineData("Power BI\u001b[31m", "Name holds a control character (U+001B) that cannot be shown: remove it.")]
    [InlineData("\u202Eexe.IB rewoP", "Name holds a character that forces the direction of the text (U+202E), so that it can show other than it reads: remove it.")]
    public async Task A_tokens_name_is_refused_at_the_name_and_no_token_is_made(string name, string message)
    {
        var account = AccountClaims.UserIdOf(fixture.Administrator)!.Value;
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM access_tokens WHERE account_id = $1", account);

        var created = await fixture.Get<CreateAccessToken>().ExecuteAsync(account, new AccessTokenDraft { Name = name }, Token);

        var error = Assert.Single(created.Errors);
        Assert.Equal((nameof(AccessTokenDraft.Name), message), (error.Path, error.Message));
        Assert.Null(created.Secret);
        Assert.Equal(before, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM access_tokens WHERE account_id = $1", account));
    }

    private static string NewEmail() => $"{Guid.NewGuid():N}@names.test.example";
}
