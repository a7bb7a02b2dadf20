using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// Organisation names read from a sheet lose the stray punctuation after them (also in the organisation an import
/// records); an answer to a name question is remembered for the user's next import of that name, and only theirs.
/// </summary>
public sealed class NameAnswersTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_new_organisation_named_with_a_stray_full_stop_is_asked_and_recorded_without_it()
    {
        var scene = await Scene.StoreAsync(fixture);
        var name = $"Brand new agency {scene.ReferenceCode}";
        var csv = $"Reference code,Title,Implementing partners\n{scene.ReferenceCode},Labour migration pilot,\"{name}.\"\n";
        var request = Request(scene, csv);

        var question = Assert.Single((await Importing.PreviewAsync(fixture.Services, request)).OrganisationQuestions);
        Assert.Equal(name, question.Name);

        var answered = request with { Decisions = request.Decisions.Choose(question.Name, new OrganisationChoice.Added(OrganisationKind.Ngo)) };
        Assert.Equal(new Imported(0, 1, 0), await Importing.ConfirmAsync(fixture.Services, answered));
        await using var db = await fixture.CreateContextAsync();
        Assert.Equal([name], await db.Organisations.Where(o => o.Name.StartsWith("Brand new agency " + scene.ReferenceCode)).Select(o => o.Name).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_answer_to_a_name_question_is_remembered_for_the_next_import_of_that_name()
    {
        var scene = await Scene.StoreAsync(fixture);
        var misspelt = $"Comission {scene.ReferenceCode[4..]},";
        var csv = $"Reference code,Title,Lead partner\n{scene.ReferenceCode},Labour migration pilot,\"{misspelt}\"\n";
        var remembered = fixture.Get<RememberedNames>();
        var first = Request(scene, csv) with { Decisions = await remembered.RecallAsync(ImportDecisions.None, CancellationToken.None) };
        var asked = Assert.Single((await Importing.PreviewAsync(fixture.Services, first)).OrganisationQuestions);
        Assert.Equal((misspelt.TrimEnd(','), (OrganisationChoice?)null), (asked.Name, asked.Answer));

        // The page stores an answer as it is given, then plans again.
        var answer = first.Decisions.Choose(asked.Name, new OrganisationChoice.Existing(scene.CommissionId));
        Assert.IsType<WriteOutcome.Done>(await remembered.RememberAsync(scene.PartnershipId, first.Decisions, answer, CancellationToken.None));

        var next = Request(scene, csv) with { Decisions = await remembered.RecallAsync(ImportDecisions.None, CancellationToken.None) };
        var preview = await Importing.PreviewAsync(fixture.Services, next);

        var recalled = Assert.Single(preview.OrganisationQuestions);
        Assert.Equal(new OrganisationChoice.Existing(scene.CommissionId), recalled.Answer);
        Assert.True(recalled.Remembered);
        Assert.False(Assert.Single(preview.Rows).Waiting);
        Assert.Equal(0, preview.OpenQuestions);

        var reader = await TestAccounts.CreateAsync(fixture, $"Other importer {scene.ReferenceCode}", Role.Administrator);
        await using var other = fixture.As(reader);
        var theirs = await other.ServiceProvider.GetRequiredService<RememberedNames>().RecallAsync(ImportDecisions.None, CancellationToken.None);
        var theirPreview = await Importing.PreviewAsync(other.ServiceProvider, Request(scene, csv) with { Decisions = theirs });
        Assert.Null(Assert.Single(theirPreview.OrganisationQuestions).Answer);
    }

    private ImportRequest Request(Scene scene, string csv) =>
        Importing.Request(fixture.Services, scene.PartnershipId, Encoding.UTF8.GetBytes(csv), "sheet.csv", new ImportSettings());
}
