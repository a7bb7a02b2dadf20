using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Features.Users;
using MobilityPartnerships.Web.Features.Users.Activation;
using MobilityPartnerships.Web.Features.Users.Changing;
using MobilityPartnerships.Web.Features.Users.Inviting;
using MobilityPartnerships.Web.Features.Users.Listing;
using MobilityPartnerships.Web.Features.Users.RenewingInvitations;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.Tokens;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Users;

/// <summary>
/// The administrator's users: invited without a password and with a link that sets one, given a role, an
/// organisation and partnerships that fit it, signed out by a change of access, deactivated; and nobody else may.
/// </summary>
public sealed class UserAccountsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string StrongPassword = "Strong-Password-2026!";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private ListUsers Users => fixture.Get<ListUsers>();

    private InviteUser Invite => fixture.Get<InviteUser>();

    private ChangeUser Change => fixture.Get<ChangeUser>();

    private SetUserActive SetActive => fixture.Get<SetUserActive>();

    private RenewInvitation Renew => fixture.Get<RenewInvitation>();

    [Fact]
    public async Task An_invitation_creates_an_account_without_a_password_whose_link_sets_one()
    {
        var scene = await Scene.StoreAsync(fixture);
        var email = NewEmail();

        var outcome = await Invite.ExecuteAsync(new UserDraft { Email = $" {email} ", DisplayName = "Ana Focal", Role = Role.FocalPoint, OrganisationId = scene.CommissionId, PartnershipIds = [scene.PartnershipId] }, Token);

        var invitation = Assert.IsType<Invitation>(outcome);
        Assert.Equal(
            $"Ana Focal/FocalPoint/{scene.CommissionId}/true/true/1",
            await fixture.Database.ScalarAsync<string>(
                "SELECT display_name || '/' || role || '/' || organisation_id || '/' || (password_hash IS NULL) || '/' || is_active || '/' || (SELECT count(*) FROM partnership_assignments WHERE account_id = a.id) FROM accounts a WHERE id = $1 AND email = $2",
                invitation.AccountId, email));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM history_entries WHERE aggregate_id = $1 AND field = 'Role' AND user_name = $2", invitation.AccountId.ToString(), DatabaseFixture.AdministratorName));
        var row = Assert.Single(await Users.ListAsync(Token), r => r.Id == invitation.AccountId);
        Assert.True(row.InvitationPending);

        var query = QueryHelpers.ParseQuery(new Uri(new Uri("https://app.example/"), invitation.Link).Query);
        Assert.StartsWith(Invitation.Path + "?", invitation.Link, StringComparison.Ordinal);
        Assert.Equal(invitation.AccountId.ToString(), query["user"].ToString());
        await using var scope = fixture.As(fixture.Administrator);
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await userManager.FindByIdAsync(invitation.AccountId.ToString());
        var accepted = await userManager.ResetPasswordAsync(account!, query["token"].ToString(), StrongPassword);

        Assert.True(accepted.Succeeded, string.Join(" ", accepted.Errors.Select(e => e.Code)));
        Assert.True(await fixture.Database.ScalarAsync<bool>("SELECT password_hash IS NOT NULL FROM accounts WHERE id = $1", invitation.AccountId));
        Assert.False(Assert.Single(await Users.ListAsync(Token), r => r.Id == invitation.AccountId).InvitationPending);
    }

    [Fact]
    public async Task An_e_mail_already_in_use_is_refused_at_the_e_mail()
    {
        var email = NewEmail();
        Assert.IsType<Invitation>(await Invite.ExecuteAsync(AnotherAdministrator(email), Token));

        var outcome = await Invite.ExecuteAsync(AnotherAdministrator(email.ToUpperInvariant()), Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(UserDraft.Email), $"There is already an account with the e-mail '{email.ToUpperInvariant()}'."), (error.Path, error.Message));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM accounts WHERE normalized_email = $1", email.ToUpperInvariant()));
    }

    [Fact]
    public async Task A_member_state_official_of_an_organisation_that_is_not_a_member_state_is_refused()
    {
        var scene = await Scene.StoreAsync(fixture);
        var email = NewEmail();

        var outcome = await Invite.ExecuteAsync(new UserDraft { Email = email, DisplayName = "Official", Role = Role.MemberStateOfficial, OrganisationId = scene.CommissionId }, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(UserDraft.OrganisationId), "A Member State official belongs to a Member State; choose one."), (error.Path, error.Message));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM accounts WHERE email = $1", email));
    }

    [Fact]
    public async Task A_member_state_official_of_a_member_state_is_invited()
    {
        var sweden = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM organisations WHERE country_code = 'SE' AND kind = 'MemberState'");

        var outcome = await Invite.ExecuteAsync(new UserDraft { Email = NewEmail(), DisplayName = "Official of Sweden", Role = Role.MemberStateOfficial, OrganisationId = sweden }, Token);

        var id = Assert.IsType<Invitation>(outcome).AccountId;
        Assert.Equal(sweden, await fixture.Database.ScalarAsync<Guid>("SELECT organisation_id FROM accounts WHERE id = $1", id));
    }

    [Theory]
    [InlineData(Role.PartnerCountryOfficial, true, false, "OrganisationId", "A partner-country official belongs to a partner (third) country; choose one.")]
    [InlineData(Role.FocalPoint, false, false, "PartnershipIds", "Choose at least one partnership for this role.")]
    [InlineData(Role.Administrator, false, true, "PartnershipIds", "Only focal points and task-force members are given partnerships; clear them for this role.")]
    public async Task A_role_gets_the_organisation_and_partnerships_that_fit_it(Role role, bool memberState, bool partnership, string field, string message)
    {
        var scene = await Scene.StoreAsync(fixture);
        var sweden = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM organisations WHERE country_code = 'SE' AND kind = 'MemberState'");
        var email = NewEmail();
        var draft = new UserDraft { Email = email, DisplayName = "Someone", Role = role, OrganisationId = memberState ? sweden : null, PartnershipIds = partnership ? [scene.PartnershipId] : [] };

        var outcome = await Invite.ExecuteAsync(draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((field, message), (error.Path, error.Message));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM accounts WHERE email = $1", email));
    }

    [Fact]
    public async Task A_change_of_access_renews_the_security_stamp_and_a_change_of_name_does_not()
    {
        var scene = await Scene.StoreAsync(fixture);
        var other = await Scene.StoreAsync(fixture);
        var email = NewEmail();
        var id = Assert.IsType<Invitation>(await Invite.ExecuteAsync(new UserDraft { Email = email, DisplayName = "Reader", Role = Role.TaskForceMember, PartnershipIds = [scene.PartnershipId] }, Token)).AccountId;
        var first = await StampAsync(id);

        Assert.IsType<WriteOutcome.Done>(await Change.ExecuteAsync(id, new UserDraft { Email = email, DisplayName = "Reader renamed", Role = Role.TaskForceMember, PartnershipIds = [scene.PartnershipId] }, Token));
        Assert.Equal(first, await StampAsync(id));

        Assert.IsType<WriteOutcome.Done>(await Change.ExecuteAsync(id, new UserDraft { Email = email, DisplayName = "Focal point", Role = Role.FocalPoint, OrganisationId = scene.CommissionId, PartnershipIds = [other.PartnershipId] }, Token));

        Assert.NotEqual(first, await StampAsync(id));
        Assert.Equal($"Focal point/FocalPoint/{scene.CommissionId}", await fixture.Database.ScalarAsync<string>("SELECT display_name || '/' || role || '/' || organisation_id FROM accounts WHERE id = $1", id));
        Assert.Equal([other.PartnershipId.ToString()], await fixture.Database.RowsAsync("SELECT partnership_id::text FROM partnership_assignments WHERE account_id = $1", id));
    }

    [Fact]
    public async Task A_new_e_mail_becomes_the_sign_in_signs_the_sessions_out_and_is_in_the_history()
    {
        var email = NewEmail();
        var id = Assert.IsType<Invitation>(await Invite.ExecuteAsync(AnotherAdministrator(email), Token)).AccountId;
        var first = await StampAsync(id);
        var changed = NewEmail();

        Assert.IsType<WriteOutcome.Done>(await Change.ExecuteAsync(id, AnotherAdministrator($" {changed} "), Token));

        Assert.NotEqual(first, await StampAsync(id));
        Assert.Equal($"{changed}/{changed}/{changed.ToUpperInvariant()}/{changed.ToUpperInvariant()}", await fixture.Database.ScalarAsync<string>("SELECT email || '/' || user_name || '/' || normalized_email || '/' || normalized_user_name FROM accounts WHERE id = $1", id));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM history_entries WHERE aggregate_id = $1 AND field = 'Email' AND old_value = $2 AND new_value = $3", id.ToString(), email, changed));
    }

    [Theory]
    [InlineData("taken")]
    [InlineData("not-an-address")]
    public async Task A_new_e_mail_already_used_or_not_an_address_is_refused_at_the_e_mail_and_nothing_changes(string which)
    {
        var email = NewEmail();
        var other = NewEmail();
        var id = Assert.IsType<Invitation>(await Invite.ExecuteAsync(AnotherAdministrator(email), Token)).AccountId;
        Assert.IsType<Invitation>(await Invite.ExecuteAsync(AnotherAdministrator(other), Token));
        var before = await fixture.Database.ScalarAsync<string>("SELECT email || '/' || security_stamp FROM accounts WHERE id = $1", id);
        var wanted = which == "taken" ? other.ToUpperInvariant() : "not-an-address";

        var outcome = await Change.ExecuteAsync(id, AnotherAdministrator(wanted), Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(nameof(UserDraft.Email), error.Path);
        Assert.Contains(wanted, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.Database.ScalarAsync<string>("SELECT email || '/' || security_stamp FROM accounts WHERE id = $1", id));
    }

    [Fact]
    public async Task A_deactivated_account_is_inactive_with_a_new_stamp_and_can_be_reactivated()
    {
        var id = Assert.IsType<Invitation>(await Invite.ExecuteAsync(AnotherAdministrator(NewEmail()), Token)).AccountId;
        var first = await StampAsync(id);

        Assert.IsType<WriteOutcome.Done>(await SetActive.ExecuteAsync(id, false, Token));

        Assert.False(await fixture.Database.ScalarAsync<bool>("SELECT is_active FROM accounts WHERE id = $1", id));
        Assert.NotEqual(first, await StampAsync(id));
        Assert.IsType<WriteOutcome.Done>(await SetActive.ExecuteAsync(id, true, Token));
        Assert.True(await fixture.Database.ScalarAsync<bool>("SELECT is_active FROM accounts WHERE id = $1", id));
    }

    [Fact]
    public async Task Deactivating_an_account_revokes_its_tokens_so_that_reactivating_it_does_not_bring_them_back()
    {
        var id = Assert.IsType<Invitation>(await Invite.ExecuteAsync(AnotherAdministrator(NewEmail()), Token)).AccountId;
        var (_, secret) = await fixture.Get<AccessTokens>().CreateAsync(id, "Ministry tracker", TokenScope.Read, DateTimeOffset.UtcNow.AddDays(30), Token);
        Assert.NotNull(await fixture.Get<AccessTokens>().AuthenticateAsync(secret, Token));

        Assert.IsType<WriteOutcome.Done>(await SetActive.ExecuteAsync(id, false, Token));
        Assert.Null(await fixture.Get<AccessTokens>().AuthenticateAsync(secret, Token));
        Assert.IsType<WriteOutcome.Done>(await SetActive.ExecuteAsync(id, true, Token));

        Assert.Null(await fixture.Get<AccessTokens>().AuthenticateAsync(secret, Token));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM access_tokens WHERE account_id = $1 AND revoked_at IS NULL", id));
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account()
    {
        var self = AccountClaims.UserIdOf(fixture.Administrator)!.Value;

        var outcome = await SetActive.ExecuteAsync(self, false, Token);

        Assert.Equal("You cannot deactivate your own account; ask another administrator.", Assert.IsType<WriteOutcome.Refused>(outcome).Message);
        Assert.True(await fixture.Database.ScalarAsync<bool>("SELECT is_active FROM accounts WHERE id = $1", self));
    }

    [Fact]
    public async Task An_administrator_cannot_take_away_their_own_administrator_role_so_one_always_remains()
    {
        var self = AccountClaims.UserIdOf(fixture.Administrator)!.Value;
        var before = await fixture.Database.ScalarAsync<string>("SELECT role || ' ' || user_name || ' ' || display_name FROM accounts WHERE id = $1", self);

        var scene = await Scene.StoreAsync(fixture);

        var outcome = await Change.ExecuteAsync(self, new UserDraft { Email = "administrator@test.example", DisplayName = DatabaseFixture.AdministratorName, Role = Role.TaskForceMember, PartnershipIds = [scene.PartnershipId] }, Token);

        Assert.Equal("You cannot take away your own administrator role; ask another administrator.", Assert.IsType<WriteOutcome.Refused>(outcome).Message);
        Assert.Equal(before, await fixture.Database.ScalarAsync<string>("SELECT role || ' ' || user_name || ' ' || display_name FROM accounts WHERE id = $1", self));
        Assert.StartsWith(nameof(Role.Administrator), before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_not_an_administrator_is_refused_every_operation_and_nothing_changes()
    {
        var scene = await Scene.StoreAsync(fixture);
        var focal = await TestAccounts.CreateAsync(fixture, "Focal", Role.FocalPoint, null, scene.PartnershipId);
        var target = AccountClaims.UserIdOf(await TestAccounts.CreateAsync(fixture, "Target", Role.TaskForceMember, null, scene.PartnershipId))!.Value;
        var before = await StateAsync(target);
        var accounts = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM accounts");
        await using var scope = fixture.As(focal);
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<ListUsers>();

        Assert.Empty(await users.ListAsync(Token));
        Assert.Same(UserChoices.None, await users.ChoicesAsync(Token));
        Assert.IsType<WriteOutcome.Refused>(await services.GetRequiredService<InviteUser>().ExecuteAsync(AnotherAdministrator(NewEmail()), Token));
        Assert.IsType<WriteOutcome.Refused>(await services.GetRequiredService<ChangeUser>().ExecuteAsync(target, new UserDraft { Email = "x@test.example", DisplayName = "Promoted", Role = Role.Administrator }, Token));
        Assert.IsType<WriteOutcome.Refused>(await services.GetRequiredService<SetUserActive>().ExecuteAsync(target, false, Token));
        Assert.IsType<WriteOutcome.Refused>(await services.GetRequiredService<RenewInvitation>().ExecuteAsync(target, Token));

        Assert.Equal(before, await StateAsync(target));
        Assert.Equal(accounts, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM accounts"));
    }

    [Fact]
    public async Task A_new_link_is_made_only_for_an_account_still_without_a_password()
    {
        var id = Assert.IsType<Invitation>(await Invite.ExecuteAsync(AnotherAdministrator(NewEmail()), Token)).AccountId;
        Assert.IsType<Invitation>(await Renew.ExecuteAsync(id, Token));

        await fixture.Database.ExecuteAsync("UPDATE accounts SET password_hash = 'set' WHERE id = $1", id);

        Assert.IsType<WriteOutcome.Invalid>(await Renew.ExecuteAsync(id, Token));
    }

    private static string NewEmail() => $"{Guid.NewGuid():N}@users.test.example";

    private static UserDraft AnotherAdministrator(string email) => new() { Email = email, DisplayName = "Another administrator", Role = Role.Administrator };

    private Task<string?> StampAsync(Guid id) => fixture.Database.ScalarAsync<string>("SELECT security_stamp FROM accounts WHERE id = $1", id);

    private Task<string?> StateAsync(Guid id) => fixture.Database.ScalarAsync<string>(
        "SELECT display_name || '/' || role || '/' || is_active || '/' || security_stamp || '/' || (SELECT count(*) FROM partnership_assignments WHERE account_id = a.id) FROM accounts a WHERE id = $1", id);
}
