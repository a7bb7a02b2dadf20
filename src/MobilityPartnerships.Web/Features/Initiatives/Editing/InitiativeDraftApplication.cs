using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>Carries a checked draft into the aggregate through its own methods, so every domain rule applies once more.</summary>
internal static class InitiativeDraftApplication
{
    /// <summary>
    /// Carries the draft into the initiative; <paramref name="thematicAreas"/> holds at least the areas the draft names
    /// (checked to exist before: the domain checks that each is one of the draft's pillar), and <paramref name="onRecord"/>
    /// what the domain keeps to: the values on record for its indicators stay within the period and in their indicator's
    /// unit, and a latest progress update rated Completed keeps the status Completed.
    /// With <paramref name="refusals"/>, each of the domain's methods runs even once one has refused, so that every refusal
    /// is told at once (an area refused before as unknown is then left out); without, the first refusal is thrown.
    /// </summary>
    public static void ApplyTo(this InitiativeDraft draft, Initiative initiative, Partnership partnership, IReadOnlyCollection<ThematicArea> thematicAreas, InitiativeOnRecord onRecord, Refusals? refusals = null)
    {
        ArgumentNullException.ThrowIfNull(onRecord);
        void Step(Action step)
        {
            if (refusals is null)
            {
                step();
            }
            else
            {
                refusals.Check(step);
            }
        }

        // An area refused before as unknown is left out (the write is refused already); one never checked is the caller's mistake.
        var areas = draft.ThematicAreaIds.Select(id => thematicAreas.FirstOrDefault(a => a.Id == id)).ToList();
        if (areas.Contains(null) && refusals is not { Any: true })
        {
            throw new InvalidOperationException("A thematic area the draft names was not checked to exist.");
        }

        Step(() => initiative.Describe(draft.Title, draft.Summary, draft.ReferenceCode));
        Step(() => initiative.Classify(draft.Pillar, areas.OfType<ThematicArea>()));
        Step(() => initiative.AssignLeadAndPartners(partnership, draft.LeadOrganisationId, draft.Partners.Select(p => (p.OrganisationId ?? throw new DomainRuleException("initiative.partner.required", "Choose an organisation."), p.Role))));
        Step(() => initiative.AssignResponsibleService(draft.ResponsibleServiceId));
        Step(() =>
        {
            var period = draft.Period();
            if ((period.StartMonth, period.EndMonth, period.DurationMonths, period.Note) != (initiative.Period.StartMonth, initiative.Period.EndMonth, initiative.Period.DurationMonths, initiative.Period.Note))
            {
                initiative.Schedule(period, onRecord.Values);
            }
        });
        Step(() => initiative.Announce(draft.AnnouncedStartMonth, draft.AnnouncedEndMonth));
        Step(() => initiative.ChangeStatus(draft.Status, onRecord.LatestUpdate));
        Step(() => initiative.Situate(draft.Location, draft.Novelty, draft.IsShareable));
        foreach (var entry in InitiativeFields.All)
        {
            if (entry.Apply is { } apply)
            {
                Step(() => apply(draft, initiative));
            }
        }

        if (InitiativeDraftComparison.Text(draft.Priority) != initiative.Priority)
        {
            // Checked only when it changes, so that a priority later reworded on the partnership does not block other edits.
            Step(() => initiative.AssignPriority(partnership, draft.Priority));
        }

        Step(() => ApplyFundingLines(draft, initiative));
        Step(() => initiative.ReplaceContactPoints(draft.ContactPoints.Select(c => ContactPoint.Create(c.Name, c.OrganisationId, c.Function, c.Email, c.Phone))));
        Step(() => initiative.ReplaceIndicators(draft.Indicators.Select(i => Indicator.Create(i.Name, i.Description, i.Unit, i.BaselineValue, i.BaselineDate, i.TargetValue, i.TargetDate, i.MeansOfVerification, i.Id)), onRecord.Values.Select(v => v.IndicatorId).ToHashSet()));
    }

    /// <summary>The implementation period the draft states, under the domain's rules for a period.</summary>
    public static ImplementationPeriod Period(this InitiativeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return ImplementationPeriod.Create(draft.StartMonth, draft.EndMonth, draft.DurationMonths, draft.PeriodNote);
    }

    /// <summary>
    /// A line with the id of one of this initiative's lines revises it; any other is added as a new line under an id made
    /// here (an id the initiative does not have may be another initiative's), and stored lines not listed are removed.
    /// </summary>
    private static void ApplyFundingLines(InitiativeDraft draft, Initiative initiative)
    {
        if (draft.FundingLines.GroupBy(f => f.Id).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new DomainRuleException("funding-line.id.duplicate", $"Two funding lines are given the same id ({repeated.Key}).", repeated.Key);
        }

        foreach (var gone in initiative.FundingLines.Where(f => !draft.FundingLines.Exists(d => d.Id == f.Id)).Select(f => f.Id).ToList())
        {
            initiative.RemoveFundingLine(gone);
        }

        foreach (var line in draft.FundingLines)
        {
            var stored = initiative.FundingLines.FirstOrDefault(f => f.Id == line.Id);
            if (stored is null)
            {
                initiative.AddFundingLine(FundingLine.Create(line.SourceKind, line.Programme, line.ContributorId, line.TotalBudget, line.EuContribution));
            }
            else if ((stored.SourceKind, stored.Programme, stored.ContributorId, stored.TotalBudget, stored.EuContribution) != (line.SourceKind, InitiativeDraftComparison.Text(line.Programme), line.ContributorId, line.TotalBudget, line.EuContribution))
            {
                stored.Revise(line.SourceKind, line.Programme, line.ContributorId, line.TotalBudget, line.EuContribution);
            }
        }
    }
}
