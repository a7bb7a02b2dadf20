namespace MobilityPartnerships.EndToEndTests.Indicators;

/// <summary>
/// An indicator from 0 to 100 over the implementation period of a shareable Moldova initiative that holds a whole
/// quarter, and that quarter's text ("2011 Q1"). Stored directly, as the demo data has no indicators with targets.
/// </summary>
internal sealed record IndicatorScene(Guid InitiativeId, Guid IndicatorId, string Quarter)
{
    public static async Task<IndicatorScene> StoreAsync(AppFixture app, string name)
    {
        var initiative = await app.Database.ScalarAsync<Guid>("""
            SELECT i.id FROM initiatives i JOIN partnerships p ON p.id = i.partnership_id
            WHERE p.name = 'Mobility Partnership with the Republic of Moldova' AND i.is_shareable AND NOT i.is_archived
              AND i.period_start_month IS NOT NULL AND i.period_end_month IS NOT NULL
              AND date_trunc('quarter', i.period_start_month - interval '1 day') + interval '6 months' <= i.period_end_month + interval '1 month'
            ORDER BY i.title LIMIT 1
            """);
        Assert.NotEqual(Guid.Empty, initiative);
        var quarter = await app.Database.ScalarAsync<DateTime>("SELECT date_trunc('quarter', period_start_month - interval '1 day') + interval '3 months' FROM initiatives WHERE id = $1", initiative);
        var indicator = Guid.CreateVersion7();
        await app.Database.ExecuteAsync("""
            INSERT INTO initiative_indicators (id, initiative_id, name, unit, baseline_value, baseline_date, target_value, target_date, means_of_verification)
            SELECT $1, i.id, $2, 'persons', 0, i.period_start_month, 100, (i.period_end_month + interval '1 month' - interval '1 day')::date, 'Records of the employment agency'
            FROM initiatives i WHERE i.id = $3
            """, indicator, name, initiative);
        return new IndicatorScene(initiative, indicator, $"{quarter.Year} Q{((quarter.Month - 1) / 3) + 1}");
    }
}
