using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;

/// <summary>
/// A partnership's scoreboard today as the rows a published version keeps: every initiative not archived, with
/// names copied in (in English, the record's language) beside the ids of the areas and organisations they name, so that
/// pages show them in their own language (<see cref="Versions.PublishedNames"/>). Publishing stores it; comparing "with today" and the briefing pack compare against it.
/// Five queries whatever the number of initiatives. Access is the caller's business (rows not to be shared included).
/// </summary>
public static class ScoreboardSnapshot
{
    public static async Task<List<PublishedInitiative>> TakeAsync(AppDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => i.PartnershipId == partnershipId && !i.IsArchived)
            .Include(i => i.Partners)
            .Include(i => i.ThematicAreas)
            .Include(i => i.FundingLines)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ShortName ?? o.Name, cancellationToken);
        var areas = await db.ThematicAreas.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.PartnershipId == partnershipId).ToDictionaryAsync(c => c.Id, c => c.Text, cancellationToken);
        var ids = initiatives.Select(i => i.Id).ToList();
        var latest = (await db.ProgressUpdates.AsNoTracking()
                .Where(u => ids.Contains(u.InitiativeId))
                .Select(u => new { u.InitiativeId, u.ReportedOn, u.Id, u.Rating })
                .ToListAsync(cancellationToken))
            .GroupBy(u => u.InitiativeId)
            .ToDictionary(g => g.Key, g => LatestProgress.Newest(g, u => u.ReportedOn, u => u.Id)!);

        string? Name(Guid? id) => id is { } value ? names.GetValueOrDefault(value) : null;
        return [.. initiatives.Select(i => new PublishedInitiative
        {
            InitiativeId = i.Id,
            ReferenceCode = i.ReferenceCode,
            Title = i.Title,
            Summary = i.Summary,
            Pillar = i.Pillar,
            ThematicAreas = [.. i.ThematicAreas.Select(t => areas.GetValueOrDefault(t.ThematicAreaId) ?? "?").Order(StringComparer.Ordinal)],
            ThematicAreaIds = [.. i.ThematicAreas.Select(t => t.ThematicAreaId)],
            Lead = Name(i.LeadOrganisationId),
            LeadId = i.LeadOrganisationId,
            ResponsibleService = Name(i.ResponsibleServiceId),
            ResponsibleServiceId = i.ResponsibleServiceId,
            Partners = [.. i.Partners.Select(p => $"{Name(p.OrganisationId)} ({p.Role})").Order(StringComparer.Ordinal)],
            Status = i.Status,
            Novelty = i.Novelty,
            StartMonth = i.Period.StartMonth,
            EndMonth = i.Period.EndMonth,
            PeriodNote = i.Period.Note,
            Location = i.Location,

            // Empty, not null, for none: null is what versions published before these were kept hold.
            Priority = i.Priority ?? string.Empty,
            Commitment = i.CommitmentId is { } commitment ? commitments.GetValueOrDefault(commitment, string.Empty) : string.Empty,
            IsShareable = i.IsShareable,
            Facts = InitiativeFields.FactsOf(i),
            FundingLines = [.. i.FundingLines.Select(f => FundingText(f.Programme ?? f.SourceKind.ToString(), Name(f.ContributorId), f.TotalBudget, f.EuContribution)).Order(StringComparer.Ordinal)],
            TotalBudget = i.TotalBudget,
            EuContribution = i.EuContribution,
            LastUpdateOn = latest.GetValueOrDefault(i.Id)?.ReportedOn,
            LastRating = latest.TryGetValue(i.Id, out var update) ? update.Rating : (ProgressRating?)null,
        })];
    }

    private static string FundingText(string programme, string? contributor, decimal? total, decimal? eu) =>
        string.Create(CultureInfo.InvariantCulture, $"{programme}{(contributor is null ? string.Empty : $" ({contributor})")}: total {Money(total)}, EU {Money(eu)}");

    private static string Money(decimal? amount) => amount is { } value ? value.ToString("#,0.00", CultureInfo.InvariantCulture) : "-";
}
