using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives;

/// <summary>
/// Contact points saved through the edit form's write (the API's PUT runs the same): an e-mail or a phone the form would
/// refuse is refused, at its field; one listed twice is refused, not stored once without a word; and an old row holding
/// an address the rule now refuses does not block the form's save for ever — its message shows at the field.
/// </summary>
public sealed class ContactPointRulesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private EditInitiative Editor => fixture.Get<EditInitiative>();

    [Theory]
    [InlineData("Display Name <x@example.org>", null, "ContactPoints[0].Email", "'Display Name <x@example.org>' is not an e-mail address.")]
    [InlineData("Eve Mallory <eve@example.org>", null, "ContactPoints[0].Email", "'Eve Mallory <eve@example.org>' is not an e-mail address.")]
    [InlineData(null, "+", "ContactPoints[0].Phone", "A phone number has at least one digit.")]
    [InlineData(null, "()-./", "ContactPoints[0].Phone", "A phone number has at least one digit.")]
    public async Task An_e_mail_or_phone_the_form_refuses_is_refused_and_nothing_is_stored(string? email, string? phone, string path, string message)
    {
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.ContactPoints.Add(new ContactPointDraft { Name = "Eve Mallory", Email = email, Phone = phone });

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((path, message), (error.Path, error.Message));
        Assert.Equal(0L, await ContactPointsAsync(scene));
    }

    [Theory]
    [InlineData("eve@example.org")]
    [InlineData("EVE@Example.org")]
    public async Task A_contact_point_listed_twice_is_refused_not_stored_once(string secondEmail)
    {
        var scene = await Scene.StoreAsync(fixture);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.ContactPoints.Add(new ContactPointDraft { Name = "Eve Mallory", Email = "eve@example.org", Phone = "+32 2 000" });
        draft.ContactPoints.Add(new ContactPointDraft { Name = "Eve Mallory", Email = secondEmail, Phone = "+32 2 000" });

        var outcome = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal(
            ("ContactPoints[1].Name", "This contact point is already listed above with the same details (e-mail addresses are compared whatever their letter case): list each contact point once."),
            (error.Path, error.Message));
        Assert.Equal(0L, await ContactPointsAsync(scene));
    }

    [Fact]
    public async Task An_old_row_with_an_address_the_rule_refuses_is_shown_at_its_field_and_saves_once_corrected()
    {
        var scene = await Scene.StoreAsync(fixture);
        await fixture.Database.ExecuteAsync(
            "INSERT INTO initiative_contact_points (initiative_id, name, email) VALUES ($1, 'Eve Mallory', 'Eve Mallory <eve@example.org>')", scene.InitiativeId);
        var editing = (await Editor.LoadAsync(scene.InitiativeId, Token))!;
        var draft = editing.Draft.Copy();
        draft.Summary = "Changed summary";

        var refused = await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(refused).Errors);
        Assert.Equal(("ContactPoints[0].Email", "'Eve Mallory <eve@example.org>' is not an e-mail address."), (error.Path, error.Message));

        draft.ContactPoints[0].Email = "eve@example.org";
        Assert.IsType<WriteOutcome.Done>(await Editor.SaveAsync(scene.PartnershipId, scene.InitiativeId, editing.Version, draft, Token));
        Assert.Equal("eve@example.org", await fixture.Database.ScalarAsync<string>("SELECT email FROM initiative_contact_points WHERE initiative_id = $1", scene.InitiativeId));
    }

    private Task<long> ContactPointsAsync(Scene scene) =>
        fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_contact_points WHERE initiative_id = $1", scene.InitiativeId);
}
