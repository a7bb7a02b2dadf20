using FluentValidation;

namespace MobilityPartnerships.Web.Features.Indicators;

internal static class IndicatorsSetup
{
    public static void AddIndicators(IServiceCollection services)
    {
        services.AddSingleton<IValidator<IndicatorValueDraft>, IndicatorValueDraftValidator>();
        services.AddScoped<ReportIndicatorValue>();
        services.AddScoped<GetIndicator>();
    }
}
