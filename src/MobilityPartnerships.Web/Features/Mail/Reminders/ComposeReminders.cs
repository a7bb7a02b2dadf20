using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Mail;
using MobilityPartnerships.Web.Features.Progress;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Mail.Reminders;

/// <summary>
/// The reminders of one run (a day): one message per person listing all their items (<see cref="GetPersonsItems"/>),
/// when a meeting they attend comes within <see cref="MailOptions.DaysBeforeMeeting"/> days and they were not reminded
/// since, or when initiatives of theirs need an update and they were not reminded for
/// <see cref="MailOptions.RemindOverdueEveryDays"/> days. Keyed by person and day, so a run made twice stores one.
/// </summary>
public sealed class ComposeReminders(
    Recipients recipients,
    PartnershipMail mail,
    IOptions<MailOptions> options,
    IOptions<ProgressOptions> progress,
    IStringLocalizer<Strings> text,
    TimeProvider clock,
    ProductCalendar calendar)
{
    public async Task<IReadOnlyList<MailMessage>> ComposeAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var today = calendar.DayOf(now);
        var lastReminded = await db.MailMessages.AsNoTracking()
            .Where(m => m.Kind == MailKind.Reminder)
            .GroupBy(m => m.AccountId)
            .Select(g => new { AccountId = g.Key, At = g.Max(m => m.CreatedAt) })
            .ToDictionaryAsync(g => g.AccountId, g => g.At, cancellationToken);

        var messages = new List<MailMessage>();
        foreach (var recipient in await recipients.ActiveAsync(cancellationToken))
        {
            await using var scope = recipients.ActingFor(recipient);
            var items = await scope.ServiceProvider.GetRequiredService<GetPersonsItems>()
                .ExecuteAsync(today.AddDays(settings.DaysBeforeMeeting), recipient.OptedOut, cancellationToken);
            DateTimeOffset? last = lastReminded.TryGetValue(recipient.Id, out var at) ? at : null;
            if (IsDue(items, last, now, settings))
            {
                messages.Add(Hosting.Languages.Language.In(recipient.Language, () => Message(recipient, items, today, now, settings)));
            }
        }

        return messages;
    }

    /// <summary>Whether the person is reminded today: a meeting came within the window since their last reminder, or overdue items and no reminder for a while.</summary>
    public static bool IsDue(PersonsItems items, DateTimeOffset? lastReminded, DateTimeOffset now, MailOptions settings)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(settings);
        if (lastReminded is not { } last)
        {
            return !items.IsEmpty;
        }

        var meetingCame = items.Meetings.Any(m => new DateTimeOffset(m.HeldOn.AddDays(-settings.DaysBeforeMeeting).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) > last);
        var overdueAgain = items.HasOverdue && now - last >= TimeSpan.FromDays(settings.RemindOverdueEveryDays);
        return meetingCame || overdueAgain;
    }

    /// <summary>"Reminder: 1 initiative needs an update, 3 meetings coming": each kind of item there is, counted in words that agree.</summary>
    public static string Subject(IStringLocalizer<Strings> text, PersonsItems items)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(items);
        string[] Counted(int count, string key) => count == 0 ? [] : [text.Counted(key, count)];

        IEnumerable<string> parts =
        [
            .. Counted(items.NeedUpdateCount, "Mail_Reminder_SubjectInitiatives"),
            .. Counted(items.ActionPoints.Count, "Mail_Reminder_SubjectActionPoints"),
            .. Counted(items.IndicatorsDueCount, "Mail_Reminder_SubjectIndicators"),
            .. Counted(items.Meetings.Count, "Mail_Reminder_SubjectMeetings"),
        ];
        return text["Mail_Reminder_Subject", string.Join(", ", parts)];
    }

    private MailMessage Message(Recipient recipient, PersonsItems items, DateOnly today, DateTimeOffset now, MailOptions settings)
    {
        var body = new MailBody(text, text["Mail_Reminder_Greeting", recipient.Name]);
        if (items.NeedUpdate.Count > 0)
        {
            body.Section(
                text.Counted("Mail_Reminder_NeedUpdate", progress.Value.StaleAfterDays),
                items.NeedUpdate.Select(i => new MailLine(
                    text["Mail_Reminder_Initiative", i.Title, i.PartnershipName],
                    settings.Link($"initiatives/{i.Id}"),
                    i.LastUpdateOn is { } last ? text["Mail_Reminder_LastUpdate", text.Day(last), text.DaysAgo(last, today)] : text["Mail_Reminder_NoUpdate"]))
                    .Concat(More(items.NeedUpdateCount - items.NeedUpdate.Count, settings)));
        }

        if (items.Meetings.Count > 0)
        {
            body.Section(
                text.Counted("Mail_Reminder_Meetings", settings.DaysBeforeMeeting),
                items.Meetings.Select(m => new MailLine(text["Mail_Reminder_Meeting", m.Title, m.PartnershipName], settings.Link($"meetings/{m.Id}"), text.Day(m.HeldOn))));
        }

        if (items.ActionPoints.Count > 0)
        {
            body.Section(
                text["Mail_Reminder_ActionPoints"],
                items.ActionPoints.Select(a => new MailLine(
                    text["Mail_Reminder_ActionPoint", a.Text, a.MeetingTitle],
                    settings.Link($"meetings/{a.MeetingId}"),
                    text[a.IsOverdue ? "Mail_Reminder_ActionPointOverdue" : "Mail_Reminder_ActionPointDue", text.Day(a.DueOn)])));
        }

        if (items.IndicatorsDue.Count > 0)
        {
            body.Section(
                text["Mail_Reminder_IndicatorsDue", items.IndicatorQuarter?.ToString() ?? string.Empty],
                items.IndicatorsDue.Select(i => new MailLine(text["Mail_Reminder_Indicator", i.IndicatorName, i.InitiativeTitle], settings.Link($"initiatives/{i.InitiativeId}"), i.PartnershipName))
                    .Concat(More(items.IndicatorsDueCount - items.IndicatorsDue.Count, settings)));
        }

        var subject = Subject(text, items);
        var key = $"reminder:{recipient.Id:N}:{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return mail.Message(MailKind.Reminder, key, recipient, subject, body, items.Partnerships, now);
    }

    /// <summary>A last line for the items a list leaves out (it shows My work's first), linking to My work, where they all are.</summary>
    private IEnumerable<MailLine> More(int left, MailOptions settings) =>
        left > 0 ? [new MailLine(text.Counted("Mail_Reminder_More", left), settings.Link(string.Empty))] : [];
}
