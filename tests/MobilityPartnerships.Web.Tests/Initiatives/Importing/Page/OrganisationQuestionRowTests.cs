using Bunit;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Page;
using MudBlazor;
using MudBlazor.Extensions;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Page;

/// <summary>
/// One name in a sheet matching no organisation exactly: the rows it is on, the close matches and other organisations
/// to choose from, a new organisation of any kind but a Member State, and the choice made told as an answer.
/// </summary>
public sealed class OrganisationQuestionRowTests : ComponentTest
{
    private static readonly OrganisationCandidate Close = new(Guid.NewGuid(), "Ministry of Labour", 0.874);
    private static readonly Choice Other = new(Guid.NewGuid(), "National Employment Agency");

    private static OrganisationQuestion Question(IReadOnlyList<int>? rows = null, OrganisationChoice? answer = null) =>
        new("Min. of Labour", [Close], rows ?? [3, 7], answer);

    private IRenderedComponent<OrganisationQuestionRow> Row(OrganisationQuestion question, bool mayCreate, List<OrganisationChoice>? answers = null) =>
        Render<OrganisationQuestionRow>(p => p
            .Add(c => c.Question, question)
            .Add(c => c.Organisations, [new Choice(Close.Id, Close.Name), Other])
            .Add(c => c.MayCreate, mayCreate)
            .Add(c => c.Answered, (OrganisationChoice choice) => answers?.Add(choice)));

    /// <summary>Opens the select, as a click does, and reads its options (value, text) from the popover.</summary>
    private async Task<IReadOnlyList<(string? Value, string Text)>> OfferedAsync(IRenderedComponent<OrganisationQuestionRow> row)
    {
        var select = row.FindComponent<MudSelect<string>>();
        await row.InvokeAsync(select.Instance.OpenMenu);
        return Popovers.FindComponents<MudSelectItem<string>>()
            .Select(i => (i.Instance.Value, string.Concat(i.Nodes.Select(n => n.TextContent)).Trim()))
            .ToList();
    }

    [Fact]
    public void The_name_and_the_rows_that_give_it_are_shown()
    {
        var row = Row(Question(), mayCreate: false);

        Assert.Equal("Min. of Labour", row.Find("[data-testid=question-name]").TextContent);
        Assert.Contains("Rows 3, 7", row.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("…", row.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_remembered_from_an_earlier_import_says_so_and_a_new_one_does_not()
    {
        var remembered = Row(Question(answer: new OrganisationChoice.Existing(Close.Id)) with { Remembered = true }, mayCreate: false);
        var fresh = Row(Question(answer: new OrganisationChoice.Existing(Close.Id)), mayCreate: false);

        Assert.Contains("earlier import", remembered.Find("[data-testid=question-remembered]").TextContent, StringComparison.Ordinal);
        Assert.Empty(fresh.FindAll("[data-testid=question-remembered]"));
    }

    [Fact]
    public void Only_the_first_twelve_rows_are_listed_and_more_are_marked_with_an_ellipsis()
    {
        var row = Row(Question(rows: Enumerable.Range(1, 13).ToList()), mayCreate: false);

        Assert.Contains("Rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 …", row.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_close_matches_come_first_with_how_alike_they_are_then_the_other_organisations_once_each()
    {
        var row = Row(Question(), mayCreate: false);

        Assert.Equal([($"existing:{Close.Id}", "Ministry of Labour (87 % alike)"), ($"existing:{Other.Id}", "National Employment Agency")], await OfferedAsync(row));
    }

    [Fact]
    public async Task A_user_who_may_create_organisations_is_offered_every_kind_but_a_member_state()
    {
        var row = Row(Question(), mayCreate: true);

        var offered = (await OfferedAsync(row)).Where(o => o.Value!.StartsWith("new:", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enum.GetValues<OrganisationKind>().Where(k => k != OrganisationKind.MemberState).Select(k => $"new:{k}"), offered.Select(o => o.Value));
        Assert.Contains(("new:Ngo", "Record as a new organisation: Non-governmental organisation"), offered);
    }

    [Fact]
    public async Task A_user_who_may_not_create_organisations_is_offered_only_existing_ones()
    {
        var row = Row(Question(), mayCreate: false);

        Assert.All(await OfferedAsync(row), o => Assert.StartsWith("existing:", o.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void The_current_answer_is_the_selected_option()
    {
        var existing = Row(Question(answer: new OrganisationChoice.Existing(Other.Id)), mayCreate: true);
        var added = Row(Question(answer: new OrganisationChoice.Added(OrganisationKind.Ngo)), mayCreate: true);
        var open = Row(Question(), mayCreate: true);

        Assert.Equal($"existing:{Other.Id}", existing.FindComponent<MudSelect<string>>().Instance.GetState(s => s.Value));
        Assert.Equal("new:Ngo", added.FindComponent<MudSelect<string>>().Instance.GetState(s => s.Value));
        Assert.Null(open.FindComponent<MudSelect<string>>().Instance.GetState(s => s.Value));
    }

    [Fact]
    public async Task Choosing_an_organisation_or_a_new_one_is_told_as_the_answer()
    {
        var answers = new List<OrganisationChoice>();
        var row = Row(Question(), mayCreate: true, answers);
        var select = row.FindComponent<MudSelect<string>>();

        await row.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync($"existing:{Close.Id}"));
        await row.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("new:InternationalOrganisation"));
        await row.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(null));

        Assert.Equal([new OrganisationChoice.Existing(Close.Id), new OrganisationChoice.Added(OrganisationKind.InternationalOrganisation)], answers);
    }
}
