using System.Globalization;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.BriefingPacks.Building;

/// <summary>
/// Words a <see cref="BriefingPack"/> for people and lays it out in its five sections — at a glance, changes since
/// the last published version, late or without update, open action points, agenda — as the PDF prints them and
/// the workbook's sheets hold them.
/// </summary>
public sealed class PackLayout(IStringLocalizer<Strings> text, PackChangeWording wording, Moments moments)
{
    public PackDocument Of(BriefingPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var meeting = pack.Meeting;
        var meetingLine = text["Pack_MeetingLine", text[$"Pack_MeetingKind_{meeting.Kind}"], meeting.Title, text.Day(meeting.HeldOn)];
        return new PackDocument(
            pack.PartnershipName,
            text["Pack_Title"],
            meetingLine,
            meeting.HeldOn,
            text["Pack_GeneratedOn", text.Day(pack.GeneratedOn)],
            text["Pack_PageOf"],
            text["Pack_Continued"],
            [AtAGlance(pack), Changes(pack), NeedingAttention(pack), ActionPoints(pack), Agenda(pack)]);
    }

    private PackSection AtAGlance(BriefingPack pack)
    {
        var meeting = pack.Meeting;
        var place = (meeting.Place, meeting.IsOnline) switch
        {
            ({ } where, true) => text["Pack_PlaceAndOnline", where],
            ({ } where, false) => where,
            _ => text["Pack_Online"].Value,
        };
        var chairs = meeting.Chairs.Count == 0
            ? text["Common_NoneRecorded"].Value
            : text.List(meeting.Chairs.Select(c => text["Pack_Chair", c.Organisation, text[$"Pack_ChairRole_{c.Role}"]].Value));
        string[] lines =
        [
            text["Pack_Meeting", text[$"Pack_MeetingKind_{meeting.Kind}"], meeting.Title],
            text["Pack_Date", text.Day(meeting.HeldOn)],
            text["Pack_Place", place],
            text["Pack_Chairs", chairs],
            text["Pack_Totals", text.Initiatives(pack.InitiativeCount), text.Total(pack.TotalBudget), text.Total(pack.EuContribution, TotalOf.EuContribution)],
        ];

        var signatories = new PackTable(
            text["Pack_Signatories"],
            [new(text["Pack_Column_Signatory"], 3), new(text["Pack_Column_Basis"], 2), new(text["Pack_Column_JoinedOn"], 1.5)],
            [.. pack.Signatories.Select(s => new PackRow([PackValue.OfText(s.Organisation), PackValue.OfText(text.Name(s.Basis)), Joined(s, text)]))],
            text["Pack_NoSignatories"]);
        var pillarRows = pack.Pillars
            .Select(p => new PackRow([PackValue.OfText(text.Name(p.Pillar)), Count(p.Initiatives), Money(p.TotalBudget), Money(p.EuContribution, TotalOf.EuContribution)]))
            .Append(new PackRow([PackValue.OfText(text["Common_Total"]), Count(pack.InitiativeCount), Money(pack.TotalBudget), Money(pack.EuContribution, TotalOf.EuContribution)], Emphasis: true))
            .ToList();
        var pillars = new PackTable(
            text["Pack_PillarBalance"],
            [
                new(text["Pack_Column_Pillar"], 3),
                new(text["Pack_Column_Initiatives"], 1, AlignRight: true),
                new(text["Common_TotalBudget"], 1.5, AlignRight: true, text["Pack_Column_NotKnown", text["Common_TotalBudget"]]),
                new(text["Common_EuContribution"], 1.5, AlignRight: true, text["Pack_Column_NotKnown", text["Common_EuContribution"]]),
            ],
            pillarRows,
            text["Pack_NoInitiatives"]);
        return new PackSection(text["Pack_Section_AtAGlance"], text["Pack_Sheet_AtAGlance"], lines, [signatories, pillars]);
    }

    private PackSection Changes(BriefingPack pack)
    {
        var changes = pack.Changes;
        var comparison = changes.Comparison;
        // Nothing published or nothing changed is said once, by the table's note where its rows would be.
        var lines = new List<string>();
        if (changes.Since is { } since)
        {
            lines.Add(text["Pack_ComparedWith", since.Number, text.Day(moments.Day(since.PublishedAt))]);
            if (!comparison.IsEmpty)
            {
                lines.Add(text["Pack_ChangeCounts", comparison.Added.Count, comparison.Removed.Count, comparison.Changed.Count]);
            }
        }

        var rows = new List<PackRow>();
        foreach (var added in comparison.Added)
        {
            rows.Add(ChangeRow(text["Pack_Change_Added"], added, null, string.Empty, Summary(added)));
        }

        foreach (var removed in comparison.Removed)
        {
            rows.Add(ChangeRow(text["Pack_Change_Removed"], removed, null, Summary(removed), string.Empty));
        }

        foreach (var changed in comparison.Changed)
        {
            foreach (var field in changed.Changes)
            {
                rows.Add(ChangeRow(text["Pack_Change_Changed"], changed.After, wording.Label(field), wording.Before(field), wording.After(field)));
            }
        }

        var table = new PackTable(
            null,
            [
                new(text["Pack_Column_Change"], 1),
                new(text["Pack_Column_Reference"], 1),
                new(text["Pack_Column_Initiative"], 3),
                new(text["Pack_Column_Pillar"], 1.6),
                new(text["Pack_Column_Field"], 1.2),
                new(text["Pack_Column_Before"], 2.4),
                new(text["Pack_Column_After"], 2.4),
            ],
            rows,
            changes.Since is null ? text["Pack_NothingPublished"] : text["Pack_NoChanges"]);
        return new PackSection(text["Pack_Section_Changes"], text["Pack_Sheet_Changes"], lines, [table]);
    }

    private PackRow ChangeRow(string change, PublishedInitiative row, string? field, string before, string after) =>
        new([PackValue.OfText(change), PackValue.OfText(row.ReferenceCode), PackValue.OfText(row.Title), PackValue.OfText(text.Name(row.Pillar)), PackValue.OfText(field), PackValue.OfText(before), PackValue.OfText(after)]);

    /// <summary>An added or removed row in a few words: its status, period and amounts.</summary>
    private string Summary(PublishedInitiative row) =>
        text["Pack_RowSummary", text.Name(row.Status), wording.Value(ComparedField.Period, new PeriodValue(row.StartMonth, row.EndMonth, row.PeriodNote)), text.Amount(row.TotalBudget), text.Amount(row.EuContribution)];

    private PackSection NeedingAttention(BriefingPack pack)
    {
        string[] lines = [text.Counted("Pack_AttentionRule", pack.StaleAfterDays)];
        var table = new PackTable(
            null,
            [
                new(text["Pack_Column_Reference"], 1),
                new(text["Pack_Column_Initiative"], 3.2),
                new(text["Pack_Column_Pillar"], 1.6),
                new(text["Pack_Column_Lead"], 1.4),
                new(text["Pack_Column_Status"], 1),
                new(text["Pack_Column_EndMonth"], 1.1),
                new(text["Pack_Column_LastUpdate"], 1.2),
                new(text["Pack_Column_Flags"], 1.8),
            ],
            [
                .. pack.NeedingAttention.Select(a => new PackRow(
                [
                    PackValue.OfText(a.ReferenceCode),
                    PackValue.OfText(a.Title),
                    PackValue.OfText(text.Name(a.Pillar)),
                    PackValue.OfText(text.Lead(a.Lead)),
                    PackValue.OfText(text.Name(a.Status)),
                    PackValue.OfMonth(a.EndMonth, text.Month(a.EndMonth)),
                    PackValue.OfDay(a.LastUpdateOn, a.LastUpdateOn is null ? text["Pack_NoUpdate"] : text.Day(a.LastUpdateOn)),
                    PackValue.OfText(Flags(a, pack.StaleAfterDays)),
                ])),
            ],
            text["Pack_NothingNeedsAttention"]);
        return new PackSection(text["Pack_Section_Attention"], text["Pack_Sheet_Attention"], lines, [table]);
    }

    private string Flags(PackAttention row, int staleAfterDays)
    {
        var flags = new List<string>();
        if (row.IsLate)
        {
            flags.Add(text["Flag_Late"]);
        }

        if (row.NeedsUpdate)
        {
            flags.Add(row.LastUpdateOn is null ? text["Flag_NoUpdateYet"] : text.Counted("Flag_NoRecentUpdate", staleAfterDays));
        }

        return text.List(flags);
    }

    private PackSection ActionPoints(BriefingPack pack)
    {
        var overdue = pack.ActionPoints.Count(a => a.IsOverdue);
        string[] lines = [text["Pack_ActionPointCounts", pack.ActionPoints.Count, overdue]];
        var table = new PackTable(
            null,
            [
                new(text["Pack_Column_ActionPoint"], 4),
                new(text["Pack_Column_Owner"], 1.8),
                new(text["Pack_Column_Due"], 1.2),
                new(text["Pack_Column_Overdue"], 0.9),
                new(text["Pack_Column_FromMeeting"], 2.2),
                new(text["Pack_Column_MeetingDate"], 1.2),
            ],
            [
                .. pack.ActionPoints.Select(a => new PackRow(
                [
                    PackValue.OfText(a.Text),
                    PackValue.OfText(Owner(a)),
                    PackValue.OfDay(a.DueOn, text.Day(a.DueOn)),
                    PackValue.OfText(a.IsOverdue ? text["Pack_Overdue"].Value : null),
                    PackValue.OfText(a.FromMeeting),
                    PackValue.OfDay(a.FromMeetingOn, text.Day(a.FromMeetingOn)),
                ], Emphasis: a.IsOverdue)),
            ],
            text["Pack_NoActionPoints"]);
        return new PackSection(text["Pack_Section_ActionPoints"], text["Pack_Sheet_ActionPoints"], lines, [table]);
    }

    private static string Owner(PackActionPoint point) => (point.OwnerOrganisation, point.OwnerPerson) switch
    {
        ({ } organisation, { } person) => $"{person} ({organisation})",
        ({ } organisation, null) => organisation,
        (null, { } person) => person,
        _ => string.Empty,
    };

    private PackSection Agenda(BriefingPack pack)
    {
        var rows = new List<PackRow>();
        var number = 0;
        foreach (var item in pack.Agenda)
        {
            number++;
            var details = item.Note is null ? text["Pack_ProposedBy", item.ProposedBy].Value : $"{item.Note} — {text["Pack_ProposedBy", item.ProposedBy]}";
            rows.Add(new PackRow([Count(number), PackValue.OfText(item.Title), PackValue.OfText(details)]));
        }

        // Open action points of earlier meetings come back to the table until they are done or dropped.
        foreach (var point in pack.ActionPoints.Where(a => a.FromMeetingId != pack.Meeting.Id))
        {
            number++;
            var details = text["Pack_CarriedForwardDetails", point.FromMeeting, text.Day(point.FromMeetingOn), Owner(point), text.Day(point.DueOn)].Value;
            if (point.IsOverdue)
            {
                details += " — " + text["Pack_Overdue"];
            }

            rows.Add(new PackRow([Count(number), PackValue.OfText(text["Pack_CarriedForward", point.Text]), PackValue.OfText(details)], Emphasis: point.IsOverdue));
        }

        string[] lines = [text["Pack_AgendaCounts", pack.Agenda.Count, number - pack.Agenda.Count]];
        var table = new PackTable(
            null,
            [new(text["Pack_Column_Number"], 0.5, AlignRight: true), new(text["Pack_Column_Item"], 5), new(text["Pack_Column_Details"], 4)],
            rows,
            text["Pack_NoAgenda"]);
        return new PackSection(text["Pack_Section_Agenda"], text["Pack_Sheet_Agenda"], lines, [table]);
    }

    /// <summary>When a signatory joined, as precisely as it is known: "June 2008" for a month, not "1 June 2008".</summary>
    private static PackValue Joined(PackSignatory signatory, IStringLocalizer<Strings> text) =>
        signatory.JoinedOnPrecision == DatePrecision.Month
            ? PackValue.OfMonth(signatory.JoinedOn, text.Day(signatory.JoinedOn, signatory.JoinedOnPrecision))
            : PackValue.OfDay(signatory.JoinedOn, text.Day(signatory.JoinedOn, signatory.JoinedOnPrecision));

    private static PackValue Count(int count) => PackValue.OfWholeNumber(count, count.ToString("N0", CultureInfo.CurrentCulture));

    /// <summary>A total: the sum of what is known as a number, with how many initiatives it does not fully know (in its words for the PDF).</summary>
    private PackValue Money(Amount total, TotalOf of = TotalOf.Budget) => PackValue.OfTotal(total, text.Total(total, of));
}
