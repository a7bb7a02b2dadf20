using Bunit;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Page;
using static MobilityPartnerships.IntegrationTests.Initiatives.Importing.Page.ImportPageOnDatabase;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing.Page;

/// <summary>
/// The import page over the database with a sheet of 3,000 rows naming unknown partners: each distinct name is one
/// question, whatever the number of rows naming it; the questions are shown a page of 25 at a time, however many; and
/// a question answered on a later page is planned again and comes back answered, on that page.
/// </summary>
public sealed class ImportPageQuestionsTests(DatabaseFixture fixture) : ComponentOnDatabaseTest(fixture), IClassFixture<DatabaseFixture>
{
    private const int Rows = 3_000;

    [Fact]
    public async Task Three_thousand_distinct_unknown_names_are_asked_a_page_at_a_time_and_an_answer_on_a_later_page_is_planned_again()
    {
        var (partnershipId, lead) = await PartnershipAsync(Fixture);
        var page = Render<ImportPage>(p => p.Add(c => c.PartnershipId, partnershipId));

        Upload(page, Sheet(Rows, lead, distinct: true));

        Assert.Equal(25, page.FindComponents<OrganisationQuestionRow>().Count);
        Assert.Equal("1–25 of 3,000", Text(page.Find("[data-testid=organisation-questions-page-info]")));
        Assert.Equal(25, page.FindAll("[data-testid=row-outcome]").Count);
        Assert.Equal("Answer the 3,000 open questions first.", Text(page.Find("[data-testid=confirm-blocked]")));

        page.FindAll("[data-testid=organisation-questions-pages] button").Single(b => Text(b) == "2").Click();
        var second = page.FindComponents<OrganisationQuestionRow>();
        Assert.Equal("Unknown Agency Number 26", second[0].Instance.Question.Name);
        await page.InvokeAsync(() => second[0].Instance.Answered.InvokeAsync(new OrganisationChoice.Added(OrganisationKind.Ngo)));

        page.WaitForAssertion(() => Assert.Equal("Answer the 2,999 open questions first.", Text(page.Find("[data-testid=confirm-blocked]"))), Patience);
        Assert.Equal("26–50 of 3,000", Text(page.Find("[data-testid=organisation-questions-page-info]")));
        var answered = Assert.Single(page.FindComponents<OrganisationQuestionRow>(), q => q.Instance.Question.Answer is not null);
        Assert.Equal(("Unknown Agency Number 26", (OrganisationChoice?)new OrganisationChoice.Added(OrganisationKind.Ngo)), (answered.Instance.Question.Name, answered.Instance.Question.Answer));
    }

    [Fact]
    public async Task Three_thousand_rows_naming_the_same_unknown_name_are_one_question()
    {
        var (partnershipId, lead) = await PartnershipAsync(Fixture);
        var page = Render<ImportPage>(p => p.Add(c => c.PartnershipId, partnershipId));

        Upload(page, Sheet(Rows, lead, distinct: false));

        var question = Assert.Single(page.FindComponents<OrganisationQuestionRow>()).Instance.Question;
        Assert.Equal(("Unknown Agency Number 1", Rows), (question.Name, question.Rows.Count));
        Assert.Equal("Answer the open question first.", Text(page.Find("[data-testid=confirm-blocked]")));
    }

    private static string Text(AngleSharp.Dom.IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
