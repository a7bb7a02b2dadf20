using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Mail.Outbox;
using MobilityPartnerships.Web.Features.Mail.Unsubscribing;
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
    UnsubscribeLinks unsubscribe,
    IOptions<MailOptions> options,
    IOptions<ProgressOptions> progress,
    IStringLocalizer<Strings> text,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<MailMessage>> ComposeAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
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
        var overdueAgain = items.NeedUpdate.Count > 0 && now - last >= TimeSpan.FromDays(settings.RemindOverdueEveryDays);
        return meetingCame || overdueAgain;
    }

    private MailMessage Message(Recipient recipient, PersonsItems items, DateOnly today, DateTimeOffset now, MailOptions settings)
    {
        var body = new MailBody(text["Mail_Reminder_Greeting", recipient.Name]);
        if (items.NeedUpdate.Count > 0)
        {
            body.Section(
                text["Mail_Reminder_NeedUpdate", progress.Value.StaleAfterDays],
                items.NeedUpdate.Select(i => new MailLine(
                    text["Mail_Reminder_Initiative", i.Title, i.PartnershipName],
                    settings.Link($"initiatives/{i.Id}"),
                    i.LastUpdateOn is { } last ? text["Mail_Reminder_LastUpdate", text.Day(last), text.DaysAgo(last, today)] : text["Mail_Reminder_NoUpdate"])));
        }

        if (items.Meetings.Count > 0)
        {
            body.Section(
                text["Mail_Reminder_Meetings", settings.DaysBeforeMeeting],
                items.Meetings.Select(m => new MailLine(text["Mail_Reminder_Meeting", m.Title, m.PartnershipName], settings.Link($"meetings/{m.Id}"), text.Day(m.HeldOn))));
        }

        var partnerships = items.NeedUpdate.Select(i => (i.PartnershipId, i.PartnershipName)).Concat(items.Meetings.Select(m => (m.PartnershipId, m.PartnershipName))).Distinct().OrderBy(p => p.PartnershipName, StringComparer.CurrentCulture).ToList();
        body.Footer(new MailLine(text["Mail_Footer_Why"]));
        foreach (var (id, name) in partnerships)
        {
            body.Footer(new MailLine(text["Mail_Unsubscribe_Partnership", name], unsubscribe.Link(recipient.Id, [id])));
        }

        var subject = text["Mail_Reminder_Subject", items.NeedUpdate.Count, items.Meetings.Count];
        return new MailMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = MailKind.Reminder,
            Key = $"reminder:{recipient.Id:N}:{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            AccountId = recipient.Id,
            ToAddress = recipient.Email,
            ToName = recipient.Name,
            Subject = subject,
            TextBody = body.Text(),
            HtmlBody = body.Html(subject),
            UnsubscribeUrl = unsubscribe.Link(recipient.Id, partnerships.Select(p => p.PartnershipId)),
            CreatedAt = now,
        };
    }
}
