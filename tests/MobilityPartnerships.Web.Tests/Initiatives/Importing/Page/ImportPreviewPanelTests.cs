using Bunit;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Page;
using MudBlazor;

namespace MobilityPartnerships.Web.Tests.Initiatives.Importing.Page;

/// <summary>
/// The import's preview: how many rows are added, updated, unchanged or refused; each row with its outcome, problems and
/// changes; the rows that need attention on their own; the confirm, offered only when nothing stands in the way, and
/// otherwise the reason said — open questions before problems, problems before "nothing to store".
/// </summary>
public sealed class ImportPreviewPanelTests : ComponentTest
{
    private static readonly PreviewRow Added = new(3, RowOutcome.Add, null,
        new InitiativeDraft { ReferenceCode = "R-3", Title = "Job centre", Pillar = Pillar.LegalMigration, Status = InitiativeStatus.Planned, StartMonth = new DateOnly(2025, 1, 1), EndMonth = new DateOnly(2025, 12, 1) },
        [], [], false);

    private static readonly PreviewRow Updated = new(4, RowOutcome.Update, Guid.NewGuid(), new InitiativeDraft { Title = "New title" },
        [new FieldChange("Title", "Old title", "New title")], [], false);

    private static readonly PreviewRow Unchanged = new(5, RowOutcome.Unchanged, Guid.NewGuid(), new InitiativeDraft { Title = "Same" }, [], [], false);

    private static readonly PreviewRow Refused = new(6, RowOutcome.Refused, null, new InitiativeDraft { Title = "Broken" },
        [], [new ImportProblem(6, "EU contribution", "cannot be negative")], false);

    private static readonly NumberQuestion OpenNumber = new(new CellPosition(7, 4), "Total budget", "1.190", 1190m, 1.190m, null);

    private readonly List<ImportDecisions> decisions = [];
    private int confirmed;

    private static ImportPreview Preview(IReadOnlyList<PreviewRow> rows, IReadOnlyList<NumberQuestion>? numbers = null, BlankCellRule blank = BlankCellRule.KeepStored) =>
        new(rows, [], [], numbers ?? [], blank);

    /// <summary>
    /// The preview of a sheet of <paramref name="count"/> new initiatives each naming its own unknown partner, with as many
    /// ambiguous numbers, funding figures given twice and sheet problems: one question of each kind per row.
    /// </summary>
    private static ImportPreview Large(int count)
    {
        var rows = Enumerable.Range(2, count).Select(r => Added with { Row = r, Waiting = true }).ToList();
        return new ImportPreview(
            rows,
            [.. rows.Select(r => new ImportProblem(r.Row, "Funding lines", $"Line {r.Row} belongs to no row."))],
            [.. rows.Select(r => new OrganisationQuestion($"Unknown Agency Number {r.Row}", [], [r.Row], null))],
            [.. rows.Select(r => OpenNumber with { Cell = new CellPosition(r.Row, 4) })],
            BlankCellRule.KeepStored)
        {
            FundingQuestions = [.. rows.Select(r => new FundingQuestion(new CellPosition(r.Row, 5), "Total budget", $"Scoreboard!F{r.Row}", "€ 1.00", $"'Funding lines'!G{r.Row}", "€ 2.00", null))],
        };
    }

    private IRenderedComponent<ImportPreviewPanel> Panel(ImportPreview preview, bool busy = false) =>
        Render<ImportPreviewPanel>(p => p
            .Add(c => c.Preview, preview)
            .Add(c => c.Decisions, ImportDecisions.None)
            .Add(c => c.Busy, busy)
            .Add(c => c.DecisionsChanged, (ImportDecisions d) => decisions.Add(d))
            .Add(c => c.OnConfirm, () => confirmed++));

    private static string Text(AngleSharp.Dom.IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Outcomes(IRenderedComponent<ImportPreviewPanel> panel) => [.. panel.FindAll("[data-testid=row-outcome]").Select(Text)];

    private static AngleSharp.Dom.IElement Confirm(IRenderedComponent<ImportPreviewPanel> panel) => panel.Find("button[data-testid=import-confirm]");

    [Fact]
    public void The_summary_counts_each_outcome_and_each_row_shows_its_outcome_problems_and_changes()
    {
        var panel = Panel(Preview([Added, Updated, Unchanged, Refused], blank: BlankCellRule.Clear));

        Assert.Equal(["1 to add", "1 to update", "1 unchanged", "1 with problems"], panel.FindAll("[data-testid=import-summary] .mud-chip").Select(Text));
        Assert.Equal("Rule for blank cells: a blank cell clears the stored value.", Text(panel.Find("[data-testid=blank-rule]")));
        Assert.Equal(["Add", "Update", "Unchanged", "Problem"], Outcomes(panel));
        Assert.Equal("Row 6, EU contribution: cannot be negative", Text(panel.Find("[data-testid=row-problem]")));
        Assert.Equal("Title: Old title → New title", Text(panel.Find("[data-testid=row-change]")));
        Assert.Contains("Legal migration · Planned · January 2025 – December 2025", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_rows_that_need_attention_are_shown_when_asked()
    {
        var panel = Panel(Preview([Added, Updated, Unchanged, Refused]));

        panel.FindComponent<MudSwitch<bool>>().Find("input").Change(true);

        Assert.Equal(["Update", "Problem"], Outcomes(panel));
    }

    [Fact]
    public void Rows_with_problems_block_the_confirm_and_say_how_many()
    {
        var panel = Panel(Preview([Added, Updated, Refused]));

        Assert.True(Confirm(panel).HasAttribute("disabled"));
        Assert.Equal("Import 2 rows", Text(Confirm(panel)));
        Assert.Equal("1 row has problems; correct the sheet and upload it again, or change the columns and rules.", Text(panel.Find("[data-testid=confirm-blocked]")));
    }

    [Fact]
    public void Open_questions_are_named_before_problems_and_a_row_waiting_on_one_says_so()
    {
        var waiting = Added with { Row = 7, Waiting = true };
        var panel = Panel(Preview([waiting, Refused], [OpenNumber]));

        Assert.True(Confirm(panel).HasAttribute("disabled"));
        Assert.Equal("Answer the open question first.", Text(panel.Find("[data-testid=confirm-blocked]")));
        Assert.Equal("Waits for an answer above.", Text(panel.Find("[data-testid=row-waiting]")));
    }

    [Fact]
    public void One_row_to_store_is_counted_in_the_singular()
    {
        var panel = Panel(Preview([Added, Unchanged]));

        Assert.Equal("Import 1 row", Text(Confirm(panel)));
    }

    [Fact]
    public void A_sheet_that_changes_nothing_has_nothing_to_confirm()
    {
        var panel = Panel(Preview([Unchanged]));

        Assert.True(Confirm(panel).HasAttribute("disabled"));
        Assert.Equal("Nothing to store: every row is unchanged.", Text(panel.Find("[data-testid=confirm-blocked]")));
    }

    [Fact]
    public void A_clean_preview_is_confirmed_by_its_button_unless_the_import_is_busy()
    {
        var panel = Panel(Preview([Added, Updated, Unchanged]));
        Assert.Empty(panel.FindAll("[data-testid=confirm-blocked]"));

        Confirm(panel).Click();

        Assert.Equal(1, confirmed);
        Assert.True(Confirm(Panel(Preview([Added]), busy: true)).HasAttribute("disabled"));
    }

    [Fact]
    public async Task An_ambiguous_number_is_asked_with_both_readings_and_the_answer_handed_back_for_its_cell()
    {
        var panel = Panel(Preview([Added with { Waiting = true }], [OpenNumber]));
        var question = panel.Find("[data-testid=number-question]");
        Assert.StartsWith("Row 7, Total budget: \"1.190\" is", Text(question), StringComparison.Ordinal);
        Assert.Contains("€ 1,190.00", Text(question), StringComparison.Ordinal);
        Assert.Contains("€ 1.19", Text(question), StringComparison.Ordinal);

        var group = panel.FindComponent<MudRadioGroup<decimal?>>();
        await panel.InvokeAsync(() => group.Instance.ValueChanged.InvokeAsync(1190m));

        Assert.Equal(1190m, Assert.Single(decisions).Numbers[new CellPosition(7, 4)]);
    }

    [Fact]
    public void A_sheet_of_thousands_of_questions_shows_a_page_of_each_kind_and_says_how_many_there_are()
    {
        var panel = Panel(Large(3_000));

        Assert.Equal(25, panel.FindComponents<OrganisationQuestionRow>().Count);
        Assert.Equal(25, panel.FindAll("[data-testid=number-question]").Count);
        Assert.Equal(25, panel.FindAll("[data-testid=funding-question]").Count);
        Assert.Equal(25, panel.FindAll("[data-testid=sheet-problem]").Count);
        Assert.Equal(25, panel.FindAll("[data-testid=row-outcome]").Count);
        Assert.Equal("1–25 of 3,000", Text(panel.Find("[data-testid=organisation-questions-page-info]")));
    }

    [Fact]
    public async Task A_question_on_a_later_page_is_answered_for_its_name_and_its_page_stays_when_the_preview_comes_back()
    {
        var preview = Large(3_000);
        var panel = Panel(preview);
        panel.FindAll("[data-testid=organisation-questions-pages] button").Single(b => Text(b) == "3").Click();

        var shown = panel.FindComponents<OrganisationQuestionRow>();
        Assert.Equal(25, shown.Count);
        Assert.Equal("Unknown Agency Number 52", shown[0].Instance.Question.Name);
        Assert.Equal("51–75 of 3,000", Text(panel.Find("[data-testid=organisation-questions-page-info]")));
        await panel.InvokeAsync(() => shown[1].Instance.Answered.InvokeAsync(new OrganisationChoice.Added(Domain.Organisations.OrganisationKind.Ngo)));

        var decided = Assert.Single(decisions);
        Assert.Equal(new OrganisationChoice.Added(Domain.Organisations.OrganisationKind.Ngo), decided.ChoiceFor("Unknown Agency Number 53"));

        // The page plans again and hands the new preview down, the question now answered.
        var answered = preview with { OrganisationQuestions = [.. preview.OrganisationQuestions.Select(q => q.Name == "Unknown Agency Number 53" ? q with { Answer = decided.ChoiceFor(q.Name) } : q)] };
        panel.Render(p => p.Add(c => c.Preview, answered).Add(c => c.Decisions, decided));

        Assert.Equal("51–75 of 3,000", Text(panel.Find("[data-testid=organisation-questions-page-info]")));
        Assert.NotNull(Assert.Single(panel.FindComponents<OrganisationQuestionRow>(), q => q.Instance.Question.Name == "Unknown Agency Number 53").Instance.Question.Answer);
    }
}
