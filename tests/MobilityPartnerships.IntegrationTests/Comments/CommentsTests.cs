using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.Comments.Posting;
using MobilityPartnerships.Web.Features.Comments.Reading;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Comments;

/// <summary>
/// Task-force members comment on the initiatives of the partnerships they are given; the EU side reads the
/// comments; partner-country officials neither see nor post them, and nobody comments outside their partnerships.
/// </summary>
public sealed class CommentsTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_task_force_members_comment_is_stored_in_their_name_and_read_by_the_focal_point_but_not_the_partner_country()
    {
        await using (var taskForce = world.As(world.Users["TaskForceMember"]))
        {
            var outcome = await taskForce.ServiceProvider.GetRequiredService<PostComment>().ExecuteAsync(world.OtherInitiative, new CommentDraft { Text = "Late against its end month; ask for an update before the meeting." }, Ct);
            Assert.IsType<WriteOutcome.Done>(outcome);
        }

        await using var focalPoint = world.As(world.Users["FocalPoint"]);
        var seen = await focalPoint.ServiceProvider.GetRequiredService<GetComments>().ExecuteAsync(world.OtherInitiative, Ct);
        var comment = Assert.Single(seen!, c => c.Text.StartsWith("Late against", StringComparison.Ordinal));
        Assert.Equal("Task-force member", comment.Author);

        await using var partnerCountry = world.As(world.Users["PartnerCountryOfficial"]);
        Assert.Null(await partnerCountry.ServiceProvider.GetRequiredService<GetComments>().ExecuteAsync(world.OtherInitiative, Ct));
    }

    [Fact]
    public async Task Those_who_may_not_comment_are_refused_and_nothing_is_stored()
    {
        var before = await CountAsync();
        await using var scope = world.As(world.Users["PartnerCountryOfficial"]);

        var outcome = await scope.ServiceProvider.GetRequiredService<PostComment>().ExecuteAsync(world.OwnInitiative, new CommentDraft { Text = "A remark" }, Ct);

        Assert.Equal("You may not comment on this initiative.", Assert.IsType<WriteOutcome.Refused>(outcome).Message);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("TaskForceMember")]
    [InlineData("MemberStateOfficial")]
    public async Task A_comment_on_an_initiative_the_user_does_not_read_finds_nothing_and_nothing_is_stored(string role)
    {
        var before = await CountAsync();
        await using var scope = world.As(world.Users[role]);

        var outcome = await scope.ServiceProvider.GetRequiredService<PostComment>().ExecuteAsync(world.OutsideInitiative, new CommentDraft { Text = "A remark" }, Ct);

        // Answered as an initiative that does not exist: nothing says it does.
        Assert.IsType<WriteOutcome.NotFound>(outcome);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task An_empty_comment_is_refused_at_its_field(string? text)
    {
        var before = await CountAsync();
        await using var scope = world.As(world.Users["TaskForceMember"]);

        var outcome = await scope.ServiceProvider.GetRequiredService<PostComment>().ExecuteAsync(world.OwnInitiative, new CommentDraft { Text = text! }, Ct);

        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
        Assert.Equal((nameof(CommentDraft.Text), "Comment is required."), (error.Path, error.Message));
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var db = await world.CreateContextAsync();
        return await db.InitiativeComments.CountAsync(Ct);
    }
}
