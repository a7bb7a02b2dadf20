using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Mail;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Comparing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Mail.Digests;

/// <summary>
/// Before a meeting (within <see cref="MailOptions.DaysBeforeMeeting"/> days), a digest to each of its participants:
/// the accounts of its participating organisations and those given its partnership, who may read the meeting. It
/// holds the accepted agenda and what changed since the partnership's last published version — the comparison of
/// <see cref="CompareScoreboards"/>, asked as the recipient, so it shows only what they may see. One per meeting and person.
/// </summary>
public sealed class ComposeDigests(
    Recipients recipients,
    PartnershipMail mail,
    IOptions<MailOptions> options,
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
        var until = today.AddDays(settings.DaysBeforeMeeting);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.CancelledAt == null && m.HeldOn >= today && m.HeldOn <= until)
            .Join(db.Partnerships.Where(p => !p.IsArchived), m => m.PartnershipId, p => p.Id, (m, p) => new
            {
                m.Id,
                m.Title,
                m.HeldOn,
                m.PartnershipId,
                PartnershipName = p.Name,
                Organisations = m.Participants.Where(x => x.OrganisationId != null).Select(x => x.OrganisationId!.Value).ToList(),
            })
            .OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        if (meetings.Count == 0)
        {
            return [];
        }

        var ids = meetings.Select(m => m.Id).ToList();
        var agendas = (await db.AgendaItems.AsNoTracking()
                .Where(a => ids.Contains(a.MeetingId) && a.Status == AgendaItemStatus.Accepted)
                .OrderBy(a => a.Position).ThenBy(a => NameOrder.Key(a.Title))
                .Select(a => new { a.MeetingId, a.Title })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.MeetingId, a => a.Title);

        var people = await recipients.ActiveAsync(cancellationToken);
        var messages = new List<MailMessage>();
        foreach (var meeting in meetings)
        {
            var invited = people.Where(p => !p.OptedOut.Contains(meeting.PartnershipId)
                                            && ((p.OrganisationId is { } org && meeting.Organisations.Contains(org)) || p.Partnerships.Contains(meeting.PartnershipId)));
            foreach (var person in invited)
            {
                await using var scope = recipients.ActingFor(person);
                var access = scope.ServiceProvider.GetRequiredService<AccessControl>();
                if (!(await access.CheckMeetingAsync(Operation.ReadMeeting, meeting.Id, cancellationToken)).IsAllowed)
                {
                    continue;
                }

                var comparison = await scope.ServiceProvider.GetRequiredService<CompareScoreboards>().ExecuteAsync(meeting.PartnershipId, null, null, cancellationToken);
                messages.Add(Hosting.Languages.Language.In(person.Language, () =>
                {
                    var subject = text["Mail_Digest_Subject", meeting.Title, text.Day(meeting.HeldOn)];
                    var body = new MailBody(text, text["Mail_Digest_Greeting", person.Name, meeting.Title, meeting.PartnershipName, text.Day(meeting.HeldOn)]);
                    var agenda = agendas[meeting.Id].ToList();
                    body.Section(text["Mail_Digest_Agenda"], agenda.Count == 0 ? [new MailLine(text["Mail_Digest_NoAgenda"])] : agenda.Select(a => new MailLine(a)));
                    body.Section(ChangesHeading(comparison), Changes(comparison, meeting.PartnershipId, settings));
                    body.Footer(new MailLine(text["Mail_Digest_OpenMeeting"], settings.Link($"meetings/{meeting.Id}")));
                    return mail.Message(MailKind.Digest, $"digest:{meeting.Id:N}:{person.Id:N}", person, subject, body, [(meeting.PartnershipId, meeting.PartnershipName)], now);
                }));
            }
        }

        return messages;
    }

    private string ChangesHeading(ComparisonOutcome outcome) => outcome switch
    {
        ComparisonOutcome.Compared { Comparison: var c } when c.Older.Number is { } number => text["Mail_Digest_ChangesSince", number, text.Day(c.Older.On)],
        _ => text["Mail_Digest_Changes"],
    };

    private IEnumerable<MailLine> Changes(ComparisonOutcome outcome, Guid partnershipId, MailOptions settings)
    {
        if (outcome is not ComparisonOutcome.Compared { Comparison: var comparison })
        {
            yield return new MailLine(text["Mail_Digest_NothingPublished"], settings.Link($"partnerships/{partnershipId}"));
            yield break;
        }

        var differences = comparison.Differences;
        foreach (var added in differences.Added)
        {
            yield return new MailLine(text["Mail_Digest_Added", added.Title], settings.Link($"initiatives/{added.InitiativeId}"));
        }

        foreach (var removed in differences.Removed)
        {
            yield return new MailLine(text["Mail_Digest_Removed", removed.Title]);
        }

        foreach (var changed in differences.Changed)
        {
            yield return new MailLine(
                text["Mail_Digest_Changed", changed.After.Title],
                settings.Link($"initiatives/{changed.After.InitiativeId}"),
                text.List(changed.Changes.Select(c => text["Common_LabelledChange", text.Label(c), text.Before(c), text.After(c)].Value)));
        }

        foreach (var update in comparison.Progress)
        {
            yield return new MailLine(text["Mail_Digest_Progress", update.InitiativeTitle, text.Name(update.Rating)], settings.Link($"initiatives/{update.InitiativeId}"), text.Day(update.ReportedOn));
        }

        if (differences.IsEmpty && comparison.Progress.Count == 0)
        {
            yield return new MailLine(text["Mail_Digest_NoChanges"]);
        }

        yield return new MailLine(text["Mail_Digest_OpenComparison"], settings.Link($"partnerships/{partnershipId}/versions/compare"));
    }
}
