using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features;
using MobilityPartnerships.Web.Hosting;
using MobilityPartnerships.Web.Security;
using Serilog;

Log.Logger = SerilogSetup.CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddLogging();
    builder.Services.AddDatabase(builder.Configuration);
    builder.Services.AddSecurity(builder.Configuration, builder.Environment);
    builder.Services.AddUserInterface();
    builder.Services.AddFeatures();

    var app = builder.Build();
    app.UseWebPipeline();
    await app.RunAsync();
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "The application stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
