using MobilityPartnerships.Web.Features.Mail.Digests;
using MobilityPartnerships.Web.Features.Mail.Outbox;
using MobilityPartnerships.Web.Features.Mail.Reminders;
using MobilityPartnerships.Web.Features.Mail.Scheduling;
using MobilityPartnerships.Web.Features.Mail.Sending;
using MobilityPartnerships.Web.Features.Mail.Unsubscribing;

namespace MobilityPartnerships.Web.Features.Mail;

internal static class MailSetup
{
    public static void AddMail(IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MailOutbox>();
        services.AddSingleton<MailTransports>();
        services.AddScoped<MailDelivery>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<Recipients>();
        services.AddScoped<PartnershipMail>();
        services.AddScoped<GetPersonsItems>();
        services.AddScoped<ComposeReminders>();
        services.AddScoped<ComposeDigests>();
        services.AddScoped<MailRun>();
        services.AddScoped<Admin.ListMail>();
        services.AddScoped<Accounts.AccountMail>();
        services.AddSingleton<MailWakeUp>();
        services.AddHostedService<MailScheduler>();
    }
}
