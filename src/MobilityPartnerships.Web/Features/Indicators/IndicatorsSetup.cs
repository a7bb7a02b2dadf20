using FluentValidation;
using MobilityPartnerships.Web.Features.Indicators.Details;
using MobilityPartnerships.Web.Features.Indicators.Removing;
using MobilityPartnerships.Web.Features.Indicators.Reporting;

namespace MobilityPartnerships.Web.Features.Indicators;

internal static class IndicatorsSetup
{
    public static void AddIndicators(IServiceCollection services)
    {
        services.AddSingleton<IValidator<IndicatorValueDraft>, IndicatorValueDraftValidator>();
        services.AddScoped<ReportIndicatorValue>();
        services.AddScoped<RemoveIndicatorValue>();
        services.AddScoped<GetIndicator>();
    }
}
