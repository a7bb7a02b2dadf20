using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;

namespace MobilityPartnerships.Web.Tests.Initiatives;

/// <summary>"Overwrite" applies only what this user changed; the other user's other changes survive.</summary>
public sealed class InitiativeDraftMergeTests
{
    private static readonly Guid Sweden = Guid.NewGuid();
    private static readonly Guid Poland = Guid.NewGuid();

    [Fact]
    public void My_changed_field_wins_and_their_other_changes_stay()
    {
        var original = Loaded();
        var mine = original.Copy();
        mine.Title = "My title";
        var stored = original.Copy();
        stored.Status = InitiativeStatus.Completed;
        stored.FundingLines[0].TotalBudget = 5000m;

        var merged = InitiativeDraftMerge.Overwrite(original, mine, stored);

        Assert.Equal("My title", merged.Title);
        Assert.Equal(InitiativeStatus.Completed, merged.Status);
        Assert.Equal(5000m, merged.FundingLines[0].TotalBudget);
    }

    [Fact]
    public void When_both_changed_the_same_field_mine_is_kept()
    {
        var original = Loaded();
        var mine = original.Copy();
        mine.Status = InitiativeStatus.Ongoing;
        var stored = original.Copy();
        stored.Status = InitiativeStatus.Cancelled;

        Assert.Equal(InitiativeStatus.Ongoing, InitiativeDraftMerge.Overwrite(original, mine, stored).Status);
    }

    [Fact]
    public void Partners_merge_item_by_item()
    {
        var original = Loaded();
        var mine = original.Copy();
        mine.Partners.Add(new PartnerDraft { OrganisationId = Poland, Role = PartnerRole.Implementing });
        var stored = original.Copy();
        stored.Partners.Add(new PartnerDraft { OrganisationId = Sweden, Role = PartnerRole.Implementing });

        var merged = InitiativeDraftMerge.Overwrite(original, mine, stored);

        Assert.Equal(4, merged.Partners.Count);
        Assert.Contains(new PartnerDraft { OrganisationId = Poland, Role = PartnerRole.Implementing }, merged.Partners);
        Assert.Contains(new PartnerDraft { OrganisationId = Sweden, Role = PartnerRole.Implementing }, merged.Partners);
    }

    [Fact]
    public void A_funding_line_I_changed_replaces_theirs_and_one_they_added_stays()
    {
        var original = Loaded();
        var mine = original.Copy();
        mine.FundingLines[0].EuContribution = 100m;
        mine.FundingLines.Add(new FundingLineDraft { SourceKind = FundingSourceKind.OwnFunds, TotalBudget = 50m });
        var stored = original.Copy();
        stored.FundingLines.Add(new FundingLineDraft { SourceKind = FundingSourceKind.EuProgramme, Programme = "Theirs", TotalBudget = 70m });

        var merged = InitiativeDraftMerge.Overwrite(original, mine, stored);

        Assert.Equal([100m, null, null], merged.FundingLines.Select(f => f.EuContribution));
        Assert.Equal([1000m, 70m, 50m], merged.FundingLines.Select(f => f.TotalBudget));
    }

    [Fact]
    public void A_funding_line_I_removed_goes_even_if_they_kept_it()
    {
        var original = Loaded();
        var mine = original.Copy();
        mine.FundingLines.Clear();
        var stored = original.Copy();
        stored.Title = "Their title";

        var merged = InitiativeDraftMerge.Overwrite(original, mine, stored);

        Assert.Empty(merged.FundingLines);
        Assert.Equal("Their title", merged.Title);
    }

    [Fact]
    public void Nothing_changed_by_me_means_the_stored_draft_as_it_is()
    {
        var original = Loaded();
        var stored = original.Copy();
        stored.Summary = "Theirs";

        var merged = InitiativeDraftMerge.Overwrite(original, original.Copy(), stored);

        Assert.Empty(InitiativeDraftComparison.Differences(stored, merged));
    }

    [Fact]
    public void Differences_ignore_surrounding_spaces_and_the_order_of_collections()
    {
        var a = Loaded();
        var b = a.Copy();
        b.Title = "  " + a.Title + " ";
        b.Partners.Reverse();

        Assert.Empty(InitiativeDraftComparison.Differences(a, b));
    }

    private static InitiativeDraft Loaded() => new()
    {
        Title = "Circular migration pilot",
        Status = InitiativeStatus.Planned,
        Partners = [new PartnerDraft { OrganisationId = Sweden, Role = PartnerRole.Participating }, new PartnerDraft { OrganisationId = Poland, Role = PartnerRole.Participating }],
        FundingLines = [new FundingLineDraft { SourceKind = FundingSourceKind.EuProgramme, Programme = "AENEAS", TotalBudget = 1000m, EuContribution = 800m }],
    };
}
