using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Meetings;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Invariants;

/// <summary>
/// The domain's bounds on a meeting's minutes hold in the database too (decision 0002, migration MeetingMinutesBounded):
/// a meeting's decisions changed by SQL are refused beyond <see cref="Meeting.MaxDecisions"/> lines or a line longer
/// than <see cref="Meeting.DecisionMaxLength"/>, each by its check, and taken at those bounds; corrigenda written by SQL
/// up to <see cref="Meeting.MaxCorrigenda"/> are taken, and one more is refused when its transaction commits, by the
/// check named for that bound, with nothing of that transaction stored. A meeting at every bound, stored through the
/// domain, is taken. The bounds come from the domain's constants, so a bound moved in the domain and not in the
/// database fails here.
/// </summary>
public sealed class MinutesBoundsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string CorrigendaCheck = "ck_meeting_corrigenda_per_meeting_in_range";

    private static readonly DateOnly HeldOn = new(2012, 3, 1);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Decisions_changed_by_sql_beyond_their_number_are_refused_by_their_check_and_at_it_taken()
    {
        var meetingId = await MeetingAsync();

        Assert.Equal(1, await SetDecisionsAsync(meetingId, Meeting.MaxDecisions, "'Decision'"));

        var refusal = await Assert.ThrowsAsync<PostgresException>(() => SetDecisionsAsync(meetingId, Meeting.MaxDecisions + 1, "'Decision'"));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refusal.SqlState);
        Assert.Equal("ck_meetings_decisions_in_range", refusal.ConstraintName);
        Assert.Equal(Meeting.MaxDecisions, await fixture.Database.ScalarAsync<int>("SELECT cardinality(decisions) FROM meetings WHERE id = $1", meetingId));
    }

    [Fact]
    public async Task A_decision_changed_by_sql_beyond_its_length_is_refused_by_its_check_and_at_it_taken()
    {
        var meetingId = await MeetingAsync();
        var longest = Meeting.DecisionMaxLength.ToString(CultureInfo.InvariantCulture);
        var tooLong = (Meeting.DecisionMaxLength + 1).ToString(CultureInfo.InvariantCulture);

        // Characters as the domain counts them (code points): a line of 1,000 emoji is 1,000 characters long.
        Assert.Equal(1, await SetDecisionsAsync(meetingId, 1, $"repeat('\U0001F600', {longest})"));
        Assert.Equal(1, await SetDecisionsAsync(meetingId, Meeting.MaxDecisions, $"repeat('x', {longest})"));

        foreach (var line in new[] { $"repeat('x', {tooLong})", $"repeat('\U0001F600', {tooLong})" })
        {
            var refusal = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
                $"UPDATE meetings SET decisions = ARRAY['A short decision', {line}] WHERE id = $1", meetingId));

            Assert.Equal(PostgresErrorCodes.CheckViolation, refusal.SqlState);
            Assert.Equal("ck_meetings_decision_length_in_range", refusal.ConstraintName);
        }

        Assert.Equal(Meeting.MaxDecisions, await fixture.Database.ScalarAsync<int>("SELECT cardinality(decisions) FROM meetings WHERE id = $1", meetingId));
    }

    [Fact]
    public async Task One_corrigendum_beyond_the_bound_is_refused_at_commit_by_its_check_and_nothing_is_stored()
    {
        var meetingId = await MeetingAsync();

        // Up to the bound, in one transaction: taken.
        await using (var connection = await OpenAsync())
        {
            await using var filling = await connection.BeginTransactionAsync(Token);
            await ExecuteAsync(connection, Corrigenda(meetingId, 1, Meeting.MaxCorrigenda));
            await filling.CommitAsync(Token);
        }

        Assert.Equal(Meeting.MaxCorrigenda, await CountAsync(meetingId));

        // One more, beside a change to the meeting: the statement is taken, the commit is refused, and neither is stored.
        await using (var connection = await OpenAsync())
        {
            await using var beyond = await connection.BeginTransactionAsync(Token);
            await ExecuteAsync(connection, $"UPDATE meetings SET title = 'Changed with a corrigendum too many' WHERE id = '{meetingId}'");
            await ExecuteAsync(connection, Corrigenda(meetingId, Meeting.MaxCorrigenda + 1, Meeting.MaxCorrigenda + 1));

            var refusal = await Assert.ThrowsAsync<PostgresException>(() => beyond.CommitAsync(Token));

            Assert.Equal(PostgresErrorCodes.CheckViolation, refusal.SqlState);
            Assert.Equal(CorrigendaCheck, refusal.ConstraintName);
            Assert.Equal("meeting_corrigenda", refusal.TableName);
        }

        Assert.Equal(Meeting.MaxCorrigenda, await CountAsync(meetingId));
        Assert.Equal("Task force", await fixture.Database.ScalarAsync<string>("SELECT title FROM meetings WHERE id = $1", meetingId));
    }

    [Fact]
    public async Task Every_corrigendum_replaced_new_ones_first_in_one_transaction_is_taken()
    {
        var meetingId = await MeetingAsync();
        await fixture.Database.ExecuteAsync(Corrigenda(meetingId, 1, Meeting.MaxCorrigenda));

        // Twice the bound between the two statements: the count is taken at commit, not after each row.
        await using (var connection = await OpenAsync())
        {
            await using var replacing = await connection.BeginTransactionAsync(Token);
            await ExecuteAsync(connection, Corrigenda(meetingId, Meeting.MaxCorrigenda + 1, 2 * Meeting.MaxCorrigenda));
            await ExecuteAsync(connection, $"DELETE FROM meeting_corrigenda WHERE meeting_id = '{meetingId}' AND text IN (SELECT 'Corrigendum ' || n FROM generate_series(1, {Meeting.MaxCorrigenda}) AS n)");
            await replacing.CommitAsync(Token);
        }

        Assert.Equal(Meeting.MaxCorrigenda, await CountAsync(meetingId));
    }

    [Fact]
    public async Task A_corrigendum_moved_onto_a_meeting_at_its_bound_is_refused()
    {
        var full = await MeetingAsync();
        var other = await MeetingAsync();
        await fixture.Database.ExecuteAsync(Corrigenda(full, 1, Meeting.MaxCorrigenda));
        await fixture.Database.ExecuteAsync(Corrigenda(other, 1, 1));

        var refusal = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "UPDATE meeting_corrigenda SET meeting_id = $1 WHERE meeting_id = $2", full, other));

        Assert.Equal(CorrigendaCheck, refusal.ConstraintName);
        Assert.Equal(1L, await CountAsync(other));
    }

    [Fact]
    public async Task A_meeting_at_every_bound_of_its_minutes_stored_through_the_domain_is_taken()
    {
        var meetingId = await MeetingAsync();
        await using (var db = await fixture.CreateContextAsync())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, Token);
            meeting.DraftMinutes("The minutes.", Enumerable.Range(1, Meeting.MaxDecisions).Select(n => $"{n} {new string('x', Meeting.DecisionMaxLength - 4)}"));
            meeting.ApproveMinutes("Focal point", new DateTimeOffset(2012, 3, 2, 9, 0, 0, TimeSpan.Zero), ProductDays.Brussels);
            for (var n = 1; n <= Meeting.MaxCorrigenda; n++)
            {
                meeting.IssueCorrigendum($"Corrigendum {n}", "Focal point", new DateTimeOffset(2012, 3, 3, 9, n, 0, TimeSpan.Zero));
            }

            await db.SaveChangesAsync(Token);
        }

        Assert.Equal(Meeting.MaxDecisions, await fixture.Database.ScalarAsync<int>("SELECT cardinality(decisions) FROM meetings WHERE id = $1", meetingId));
        Assert.Equal(Meeting.DecisionMaxLength, await fixture.Database.ScalarAsync<int>("SELECT max(char_length(d)) FROM meetings, unnest(decisions) AS d WHERE id = $1", meetingId));
        Assert.Equal(Meeting.MaxCorrigenda, await CountAsync(meetingId));
    }

    /// <summary>A task force meeting of a new scene's partnership, planned through the domain; its id.</summary>
    private async Task<Guid> MeetingAsync()
    {
        var scene = await Scene.StoreAsync(fixture);
        await using var db = await fixture.CreateContextAsync();
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == scene.PartnershipId, Token);
        var meeting = Meeting.Plan(partnership, MeetingKind.TaskForce, "Task force", HeldOn, "Brussels", isOnline: false);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(Token);
        return meeting.Id;
    }

    /// <summary>Sets the meeting's decisions, by SQL, to <paramref name="count"/> lines each the text the SQL <paramref name="line"/> gives.</summary>
    private Task<int> SetDecisionsAsync(Guid meetingId, int count, string line) => fixture.Database.ExecuteAsync(
        string.Create(CultureInfo.InvariantCulture, $"UPDATE meetings SET decisions = array_fill(({line})::text, ARRAY[{count}]) WHERE id = $1"), meetingId);

    /// <summary>Corrigenda numbered <paramref name="from"/> to <paramref name="to"/> of the meeting, written by SQL.</summary>
    private static string Corrigenda(Guid meetingId, int from, int to) => string.Create(CultureInfo.InvariantCulture, $"""
        INSERT INTO meeting_corrigenda (meeting_id, text, issued_by, issued_at)
        SELECT '{meetingId}', 'Corrigendum ' || n, 'Focal point', TIMESTAMPTZ '2012-03-03 09:00:00+00' + n * INTERVAL '1 minute'
        FROM generate_series({from}, {to}) AS n
        """);

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync(Token);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Token);
    }

    private Task<long> CountAsync(Guid meetingId) =>
        fixture.Database.ScalarAsync<long>("SELECT count(*) FROM meeting_corrigenda WHERE meeting_id = $1", meetingId);
}
