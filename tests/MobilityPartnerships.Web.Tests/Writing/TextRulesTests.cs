using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Comments.Posting;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Features.Organisations;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Writing;

/// <summary>
/// The text rules every writer shares (the form's validators, and the domain behind the form, the API and the import):
/// a text of invisible characters is blank, a title cannot force its direction, and lengths are counted in characters as
/// PostgreSQL counts them, an emoji being one.
/// </summary>
public sealed class TextRulesTests
{
    private readonly InitiativeDraftValidator initiatives = new(Texts.Strings);

    public static TheoryData<string> Invisible() =>
    [
        "\u200B",
        "\u200B\u200C\u200D\u200E\u200F",
        "\u2060\u2061\u2062\u2063\u2064",
        "\uFEFF",
        "\u00AD",
        " \u00A0\u2003\u3000\t",
        "\u202A\u202B\u202C\u202D\u202E",
        "\u2066\u2067\u2068\u2069",
        "\u200B \uFEFF \u2069",
    ];

    [Theory]
    [MemberData(nameof(Invisible))]
    public void A_title_of_invisible_characters_is_required_at_the_title(string title)
    {
        var error = Assert.Single(initiatives.Validate(Draft(d => d.Title = title)).Errors);

        Assert.Equal(("Title", "Title is required."), (error.PropertyName, error.ErrorMessage));
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void The_domain_refuses_a_title_of_invisible_characters_as_missing(string title)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Initiative.Propose(Opened(), title, Pillar.LegalMigration, InitiativeStatus.Planned));

        Assert.Equal("initiative.title.required", refusal.Rule);
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void Every_required_text_of_every_writer_reads_invisible_characters_as_blank(string text)
    {
        Assert.Contains(new CommentDraftValidator(Texts.Strings).Validate(new CommentDraft { Text = text }).Errors, e => e.PropertyName == "Text" && e.ErrorMessage.EndsWith("is required.", StringComparison.Ordinal));
        Assert.Contains(new OrganisationDraftValidator(Texts.Strings).Validate(new OrganisationDraft { Name = text }).Errors, e => e.PropertyName == "Name" && e.ErrorMessage.EndsWith("is required.", StringComparison.Ordinal));
        Assert.Contains(new MeetingDraftValidator(Texts.Strings).Validate(new MeetingDraft { Title = text }).Errors, e => e.PropertyName == "Title" && e.ErrorMessage.EndsWith("is required.", StringComparison.Ordinal));
        Assert.Contains(new MeetingDraftValidator(Texts.Strings).Validate(new MeetingDraft { Title = "Task force", Place = text }).Errors, e => e.PropertyName == "Place");
        Assert.Contains(initiatives.Validate(Draft(d => d.Indicators[0].Name = text)).Errors, e => e.PropertyName == "Indicators[0].Name");
        Assert.Contains(initiatives.Validate(Draft(d => d.ContactPoints[0].Name = text)).Errors, e => e.PropertyName == "ContactPoints[0].Name");
    }

    [Fact]
    public void An_optional_text_of_invisible_characters_is_stored_as_none()
    {
        var initiative = Initiative.Propose(Opened(), "Pilot", Pillar.LegalMigration, InitiativeStatus.Planned);

        initiative.Describe("Pilot", "\u200B\r\n\uFEFF", "\u2060");

        Assert.Null(initiative.Summary);
        Assert.Null(initiative.ReferenceCode);
    }

    [Theory]
    [InlineData("\u202Eevil.exe", "U+202E")]
    [InlineData("Pilot \u202Dreversed\u202C", "U+202D")]
    [InlineData("\u202Bembedded", "U+202B")]
    public void A_title_that_forces_its_direction_is_refused_with_its_own_message(string title, string code)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Initiative.Propose(Opened(), title, Pillar.LegalMigration, InitiativeStatus.Planned));

        Assert.Equal(("initiative.title.direction-override", code), (refusal.Rule, refusal.Arguments.Single()));
        Assert.Equal(
            $"The title holds a character that forces the direction of the text ({code}), so that it can show other than it reads: remove it.",
            RuleMessages.Of(Texts.Strings, refusal));
    }

    [Fact]
    public void A_title_may_hold_a_name_written_the_other_way_in_an_isolate_and_a_summary_may_hold_an_override()
    {
        var initiative = Initiative.Propose(Opened(), "Pilot with \u2067وزارة العمل\u2069 (Morocco)", Pillar.LegalMigration, InitiativeStatus.Planned);
        initiative.Describe(initiative.Title, "Quoted as written: \u202Bنص\u202C", null);

        Assert.Equal("Pilot with \u2067وزارة العمل\u2069 (Morocco)", initiative.Title);
        Assert.Equal("Quoted as written: \u202Bنص\u202C", initiative.Summary);
    }

    [Fact]
    public void A_title_of_300_emoji_passes_and_301_are_counted_as_301()
    {
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 300));

        Assert.True(initiatives.Validate(Draft(d => d.Title = emoji)).IsValid);
        Assert.Equal(emoji, Initiative.Propose(Opened(), emoji, Pillar.LegalMigration, InitiativeStatus.Planned).Title);

        var error = Assert.Single(initiatives.Validate(Draft(d => d.Title = emoji + "\U0001F600")).Errors);
        Assert.Equal(("Title", "At most 300 characters (this has 301)."), (error.PropertyName, error.ErrorMessage));
        var refusal = Assert.Throws<DomainRuleException>(() => Initiative.Propose(Opened(), emoji + "\U0001F600", Pillar.LegalMigration, InitiativeStatus.Planned));
        Assert.Equal("The title must be at most 300 characters (it has 301).", RuleMessages.Of(Texts.Strings, refusal));
    }

    [Fact]
    public void A_length_is_counted_on_the_text_as_stored_with_one_character_a_line_break()
    {
        var summary = string.Concat(Enumerable.Repeat("ab\r\n", Initiative.SummaryMaxLength / 3)) + "a";

        Assert.Equal(Initiative.SummaryMaxLength, TextCharacters.StoredCount(summary));
        Assert.True(initiatives.Validate(Draft(d => d.Summary = summary)).IsValid);
    }

    [Fact]
    public void A_counter_under_a_text_box_counts_as_the_rules_do_and_its_box_takes_every_text_they_accept()
    {
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 300));

        Assert.Equal("300 / 300", TypedLength.Counter(emoji, 300));
        Assert.True(emoji.Length <= TypedLength.InputLimit(300));
    }

    [Theory]
    [InlineData("line1\nline2\r\nline3", "line1\nline2\nline3")]
    [InlineData("line1\rline2\r\n\r\nline3\n", "line1\nline2\n\nline3")]
    [InlineData("  padded \r\n", "padded")]
    public void Every_writer_stores_line_breaks_as_one_kind(string written, string stored)
    {
        var initiative = Initiative.Propose(Opened(), "Pilot", Pillar.LegalMigration, InitiativeStatus.Planned);

        initiative.Describe("Pilot", written, null);

        Assert.Equal(stored, initiative.Summary);
        Assert.Equal(stored, InitiativeDraftComparison.Text(written));
    }

    [Theory]
    [InlineData("ab\U0001F600cd", 4, "ab\U0001F600")]
    [InlineData("ab\U0001F600", 4, "ab\U0001F600")]
    [InlineData("ab\U0001F600cd", 3, "ab")]
    [InlineData("\U0001F600", 1, "")]
    public void A_cut_text_never_ends_inside_a_surrogate_pair(string text, int length, string expected)
    {
        Assert.Equal(expected, TextCharacters.Cut(text, length));
    }

    [Fact]
    public void Lines_of_a_list_leave_out_the_invisible_ones_and_read_every_kind_of_line_break()
    {
        Assert.Equal(["First", "Second", "Third"], TextCharacters.Lines("First\r\n\u200B\rSecond\n \nThird\r\n"));
    }

    private static Partnership Opened() =>
        Partnership.Open("Partnership", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);

    private static InitiativeDraft Draft(Action<InitiativeDraft> change)
    {
        var draft = new InitiativeDraft
        {
            Title = "Circular migration pilot",
            Status = InitiativeStatus.Ongoing,
            ContactPoints = [new ContactPointDraft { Name = "Desk officer" }],
            Indicators = [new IndicatorDraft { Name = "Workers placed" }],
        };
        change(draft);
        return draft;
    }
}
