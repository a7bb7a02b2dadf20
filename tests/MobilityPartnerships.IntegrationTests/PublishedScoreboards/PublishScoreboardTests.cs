using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.PublishedScoreboards;

/// <summary>
/// Publishing stores the scoreboard as it is at that moment, as a numbered version that later edits, renames and
/// archiving leave as it was, and that the database itself refuses to change or delete.
/// </summary>
public sealed class PublishScoreboardTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_version_equals_the_scoreboard_at_that_moment_and_later_edits_renames_and_archiving_do_not_alter_it()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        List<PublishedInitiative> then;
        await using (var db = await world.CreateContextAsync())
        {
            then = await ScoreboardSnapshot.TakeAsync(db, scene.PartnershipId, Ct);
        }

        var published = Assert.IsType<WriteOutcome.Created>(await PublishAsync(world.Administrator, scene.PartnershipId, new PublishDraft { Note = "For the task force" }));
        Assert.Equal(1, (await ReadAsync(published.Id)).Number);
        Assert.Null(published.Notice);
        var stored = await ReadAsync(scene.PartnershipId, 1);
        Assert.Equal(Json(then), Json(stored.Initiatives));
        Assert.Equal((DatabaseFixture.AdministratorName, "For the task force"), (stored.PublishedBy, stored.Note));
        Assert.Equal(scene.Initiatives.Count, stored.Initiatives.Count);
        Assert.All(stored.Initiatives, r => Assert.Equal($"LEAD-{stored.PartnershipName[^8..]}", r.Lead));

        await using (var db = await world.CreateContextAsync())
        {
            var edited = await db.Initiatives.Include(i => i.FundingLines).SingleAsync(i => i.Id == scene["untouched"], Ct);
            edited.ChangeStatus(InitiativeStatus.Ongoing, latestUpdate: null);
            edited.Describe("A title given later", "A summary", edited.ReferenceCode);
            (await db.Initiatives.SingleAsync(i => i.Id == scene["archived"], Ct)).Archive();
            (await db.Organisations.SingleAsync(o => o.Id == scene.LeadId, Ct)).Rename("Renamed lead agency", "RENAMED");
            (await db.Partnerships.SingleAsync(p => p.Id == scene.PartnershipId, Ct)).Rename("A partnership renamed later");
            await db.SaveChangesAsync(Ct);
        }

        var reread = await ReadAsync(scene.PartnershipId, 1);
        Assert.Equal(Json(stored.Initiatives), Json(reread.Initiatives));
        Assert.Equal(stored.PartnershipName, reread.PartnershipName);
        Assert.Contains(reread.Initiatives, r => r.InitiativeId == scene["archived"]);
        var untouched = Assert.Single(reread.Initiatives, r => r.InitiativeId == scene["untouched"]);
        Assert.Equal(("Initiative untouched", InitiativeStatus.Planned), (untouched.Title, untouched.Status));

        // The page's handler reads the same.
        await using var scope = world.As(world.Administrator);
        var shown = await scope.ServiceProvider.GetRequiredService<GetPublishedScoreboard>().ExecuteAsync(scene.PartnershipId, 1, Ct);
        Assert.Equal(stored.PartnershipName, shown!.PartnershipName);
        Assert.Equal(Json(PublishedVersion.Ordered(stored.Initiatives)), Json(shown.Rows));
    }

    [Theory]
    [InlineData("UPDATE published_scoreboards SET note = 'changed' WHERE id = @id")]
    [InlineData("DELETE FROM published_scoreboards WHERE id = @id")]
    [InlineData("UPDATE published_initiatives SET title = 'changed' WHERE published_scoreboard_id = @id")]
    [InlineData("DELETE FROM published_initiatives WHERE published_scoreboard_id = @id")]
    public async Task The_database_refuses_to_change_or_delete_a_published_version(string sql)
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        Assert.IsType<WriteOutcome.Created>(await PublishAsync(world.Administrator, scene.PartnershipId, new PublishDraft { Note = "As published" }));
        var before = await ReadAsync(scene.PartnershipId, 1);

        await using (var connection = new NpgsqlConnection(world.Database.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("id", before.Id);
            var refusal = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(Ct));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
            Assert.Contains("cannot be changed or deleted", refusal.MessageText, StringComparison.Ordinal);
        }

        var after = await ReadAsync(scene.PartnershipId, 1);
        Assert.Equal("As published", after.Note);
        Assert.Equal(Json(before.Initiatives), Json(after.Initiatives));
    }

    [Fact]
    public async Task Publishing_with_nothing_changed_since_the_last_version_is_allowed_and_said()
    {
        var scene = await ScoreboardScene.StoreAsync(world);
        var first = await ReadAsync(Assert.IsType<WriteOutcome.Created>(await PublishAsync(world.Administrator, scene.PartnershipId, new PublishDraft())).Id);

        var second = Assert.IsType<WriteOutcome.Created>(await PublishAsync(world.Administrator, scene.PartnershipId, new PublishDraft()));

        Assert.Equal(2, (await ReadAsync(second.Id)).Number);
        // The day as its users read it (the app's display time zone): from 23:00 UTC in winter it is already the next day in Brussels.
        await using var scope = world.As(world.Administrator);
        var day = scope.ServiceProvider.GetRequiredService<Moments>().Day(first.PublishedAt);
        Assert.Equal($"Nothing has changed since version 1 of {day:d MMMM yyyy}; published anyway.", second.Notice);
        Assert.Equal(2, await CountAsync(scene.PartnershipId));
    }

    [Fact]
    public async Task A_member_state_official_may_not_publish_and_nothing_is_stored()
    {
        var before = await CountAsync(world.Inside);

        var outcome = await PublishAsync(world.Users["MemberStateOfficial"], world.Inside, new PublishDraft { Note = "Mine" });

        Assert.Equal("You may not publish this scoreboard.", Assert.IsType<WriteOutcome.Refused>(outcome).Message);
        Assert.Equal(before, await CountAsync(world.Inside));
    }

    [Fact]
    public async Task A_meeting_of_another_partnership_or_a_note_too_long_is_refused_with_its_reason_and_nothing_is_stored()
    {
        var scene = await ScoreboardScene.StoreAsync(world);

        var elsewhere = Assert.IsType<WriteOutcome.Invalid>(await PublishAsync(world.Administrator, scene.PartnershipId, new PublishDraft { MeetingId = world.OutsideMeeting }));
        var tooLong = Assert.IsType<WriteOutcome.Invalid>(await PublishAsync(world.Administrator, scene.PartnershipId, new PublishDraft { Note = new string('x', PublishedScoreboard.NoteMaxLength + 1) }));

        Assert.Equal((nameof(PublishDraft.MeetingId), "The meeting chosen is not a meeting of this partnership."), (Assert.Single(elsewhere.Errors).Path, elsewhere.Errors[0].Message));
        Assert.Equal(nameof(PublishDraft.Note), Assert.Single(tooLong.Errors).Path);
        Assert.Equal(0, await CountAsync(scene.PartnershipId));
    }

    [Fact]
    public async Task The_focal_point_publishes_for_a_meeting_of_the_partnership_in_their_own_name()
    {
        var outcome = await PublishAsync(world.Users["FocalPoint"], world.Inside, new PublishDraft { MeetingId = world.PlatformMeeting });

        var published = Assert.IsType<WriteOutcome.Created>(outcome);
        var stored = await ReadAsync(published.Id);
        Assert.Equal(world.Inside, stored.PartnershipId);
        Assert.Equal(("Focal point", (Guid?)world.PlatformMeeting), (stored.PublishedBy, stored.MeetingId));
    }

    private async Task<WriteOutcome> PublishAsync(System.Security.Claims.ClaimsPrincipal user, Guid partnershipId, PublishDraft draft)
    {
        await using var scope = world.As(user);
        return await scope.ServiceProvider.GetRequiredService<PublishScoreboard>().ExecuteAsync(partnershipId, draft, Ct);
    }

    private async Task<PublishedScoreboard> ReadAsync(Guid id)
    {
        await using var db = await world.CreateContextAsync();
        return await db.PublishedScoreboards.AsNoTracking().SingleAsync(v => v.Id == id, Ct);
    }

    private async Task<PublishedScoreboard> ReadAsync(Guid partnershipId, int number)
    {
        await using var db = await world.CreateContextAsync();
        return await db.PublishedScoreboards.AsNoTracking().SingleAsync(v => v.PartnershipId == partnershipId && v.Number == number, Ct);
    }

    private async Task<int> CountAsync(Guid partnershipId)
    {
        await using var db = await world.CreateContextAsync();
        return await db.PublishedScoreboards.CountAsync(v => v.PartnershipId == partnershipId, Ct);
    }

    /// <summary>The rows in a comparable form, in identity order: every value, lists included.</summary>
    /// <summary>The rows as JSON, each one's facts in one order: facts are a set of named texts, and PostgreSQL's jsonb keeps its own key order.</summary>
    private static string Json(IEnumerable<PublishedInitiative> rows) => JsonSerializer.Serialize(rows.OrderBy(r => r.InitiativeId)
        .Select(r => r with { Facts = new SortedDictionary<string, string>(r.Facts.ToDictionary(), StringComparer.Ordinal) }).ToList());
}
