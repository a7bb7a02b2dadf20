using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Organisations.Listing;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Page;

/// <summary>
/// Upload a sheet, check how its columns map, answer what is unclear, see every row as it will be stored, then
/// confirm. Reading and planning run off the page's thread with progress shown, so the page stays responsive; they
/// take their turn in the <see cref="ImportTurns"/>, stop at the time limit, and the user can cancel them. Whatever
/// goes wrong while reading is a message with a reference, the same as in the log.
/// </summary>
public sealed partial class ImportPage : CancellableComponent
{
    private ImportTarget? target;
    private string? refusal;
    private IReadOnlyList<(string Text, string? Href)> breadcrumbs = [];
    private Workbook? workbook;
    private Sheet? sheet;
    private ColumnMapping? mapping;
    private ImportSettings settings = new();
    private ImportRequest? request;
    private ImportPreview? preview;
    private IReadOnlyList<Choice> organisations = [];
    private readonly OneAtATime running = new();
    private string? progress;
    private string? fileMessage;
    private string? outcomeMessage;
    private bool imported;
    private CancellationTokenSource? cancel;

    [Parameter]
    public Guid PartnershipId { get; set; }

    [Inject]
    private ImportInitiatives Importer { get; set; } = default!;

    [Inject]
    private SpreadsheetReader Reader { get; set; } = default!;

    [Inject]
    private RememberedMappings Remembered { get; set; } = default!;

    [Inject]
    private RememberedNames RememberedAnswers { get; set; } = default!;

    [Inject]
    private ListOrganisations Organisations { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ImportTurns Queue { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ILogger<ImportPage> Logger { get; set; } = default!;

    /// <summary>Whether what runs now (reading or checking, not storing) can be cancelled.</summary>
    private bool Cancellable => cancel is not null;

    protected override async Task OnParametersSetAsync()
    {
        if (await Access.CheckPartnershipAsync(Domain.Access.Operation.AddInitiative, PartnershipId, Closing) is Security.Access.AccessDecision.Refused refused)
        {
            refusal = refused.Message;
            return;
        }

        target = await Importer.TargetAsync(PartnershipId, Closing);
        if (target is null)
        {
            Navigation.NotFound();
            return;
        }

        organisations = await Organisations.ChoicesAsync(Closing);
        breadcrumbs =
        [
            (L["Partnerships_Title"], "partnerships"),
            (target.Name, $"partnerships/{PartnershipId}"),
            (L["Import_Title"], null),
        ];
    }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        (workbook, sheet, mapping, preview, request, fileMessage, outcomeMessage) = (null, null, null, null, null, null, null);
        if (file.Size > Reader.Limits.MaxFileBytes)
        {
            fileMessage = ImportMessages.TooLarge(Reader.Limits.MaxFileBytes);
            return;
        }

        await ReadAsync(L["Import_Reading", file.Name], async cancellationToken =>
        {
            await using var upload = file.OpenReadStream(Reader.Limits.MaxFileBytes, cancellationToken);
            var rowsRead = new Progress<int>(count => Report(L.Counted("Import_RowsRead", count)));
            var reading = await Reader.ReadAsync(upload, file.Name, rowsRead, cancellationToken);
            if (reading is SheetReading.Refused refusedFile)
            {
                fileMessage = refusedFile.Message;
                return;
            }

            workbook = ((SheetReading.Read)reading).Workbook;
            var found = workbook.VisibleSheets.Select(s => (Sheet: s, Mapping: ColumnMapping.Detect(s))).Where(s => s.Mapping is not null && !FundingLinesSheet.IsNamed(s.Sheet.Name))
                .OrderByDescending(s => s.Mapping!.Columns.Count).FirstOrDefault();
            if (found.Sheet is null)
            {
                fileMessage = string.Join(' ', new[] { L["Import_NoHeader", string.Join(", ", InitiativeColumns.Exported.Take(8).Select(InitiativeColumns.HeaderOf))].Value, ImportMessages.HiddenSheetsLeftOut(workbook) }.OfType<string>());
                workbook = null;
                return;
            }

            sheet = found.Sheet;
            mapping = await Remembered.RecallAsync(found.Mapping!, Closing) ?? found.Mapping;
            await PlanAsync(await RememberedAnswers.RecallAsync(ImportDecisions.None, cancellationToken), cancellationToken);
        });
    }

    private async Task ChooseSheetAsync(string name)
    {
        if (workbook?.Named(name) is not { } chosen)
        {
            return;
        }

        var detected = ColumnMapping.Detect(chosen);
        if (detected is null)
        {
            fileMessage = L["Import_SheetWithoutHeader", Values.ShownCell.Of(name)];
            return;
        }

        (sheet, fileMessage, preview) = (chosen, null, null);
        mapping = await Remembered.RecallAsync(detected, Closing) ?? detected;
        var recalled = await RememberedAnswers.RecallAsync(ImportDecisions.None, Closing);
        await ReadAsync(L["Import_Checking"], cancellationToken => PlanAsync(recalled, cancellationToken));
    }

    private async Task RemapAsync(ColumnMapping changed)
    {
        mapping = changed;
        await Remembered.RememberAsync(PartnershipId, changed, CancellationToken.None);
        await ReadAsync(L["Import_Checking"], cancellationToken => PlanAsync(request?.Decisions ?? ImportDecisions.None, cancellationToken));
    }

    private Task ChangeSettingsAsync(ImportSettings changed)
    {
        settings = changed;
        return ReadAsync(L["Import_Checking"], cancellationToken => PlanAsync(request?.Decisions ?? ImportDecisions.None, cancellationToken));
    }

    private Task DecideAsync(ImportDecisions decisions) => ReadAsync(L["Import_Checking"], async cancellationToken =>
    {
        // An answer naming a recorded organisation is kept for the next import of that name.
        await RememberedAnswers.RememberAsync(PartnershipId, request?.Decisions ?? ImportDecisions.None, decisions, CancellationToken.None);
        await PlanAsync(decisions, cancellationToken);
    });

    /// <summary>
    /// Works out what importing would do, within the time limit; past it, a message says so and nothing is shown. The
    /// preview shown stays, its inputs disabled, until the new one replaces it: an answer given on a page of questions
    /// comes back on that page.
    /// </summary>
    private async Task PlanAsync(ImportDecisions decisions, CancellationToken cancellationToken)
    {
        outcomeMessage = null;
        request = new ImportRequest(PartnershipId, workbook!, sheet!.Name, mapping!, settings, decisions);
        var planned = request;
        using var timeLimit = new CancellationTokenSource(TimeSpan.FromSeconds(Reader.Limits.MaxReadSeconds));
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeLimit.Token);
        try
        {
            preview = await Task.Run(() => Importer.PreviewAsync(planned, either.Token), either.Token);
        }
        catch (OperationCanceledException) when (timeLimit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            preview = null;
            fileMessage = ImportMessages.TookTooLong(Reader.Limits.MaxReadSeconds);
        }
    }

    private Task ConfirmAsync() => RunAsync(L["Import_Storing"], async () =>
    {
        if (request is null || preview is null)
        {
            return;
        }

        var confirmed = request;
        var fingerprint = preview.Fingerprint;
        var outcome = await Task.Run(() => Importer.ConfirmAsync(confirmed, fingerprint, CancellationToken.None));
        imported = outcome is WriteOutcome.Done;
        switch (outcome)
        {
            case WriteOutcome.Done:
                // What was stored is exactly the preview confirmed.
                outcomeMessage = L["Import_Done", preview.Added, preview.Updated, preview.Unchanged];
                preview = null;
                break;
            case WriteOutcome.NotFound:
                Navigation.NotFound();
                break;
            case WriteOutcome.Invalid or WriteOutcome.Stale:
                // Nothing was stored; a fresh preview shows what importing would do now, and why it did not.
                outcomeMessage = WriteMessages.Of(L, outcome, _ => L["Import_ChangedMeanwhile"]);
                preview = await Task.Run(() => Importer.PreviewAsync(confirmed, Closing));
                break;
            default:
                outcomeMessage = WriteMessages.Of(L, outcome);
                break;
        }
    });

    /// <summary>
    /// Reads or checks the file in the user's turn: waits in line with its place shown, or is refused with a message;
    /// the Cancel button stops it; an error is a message with the reference the log holds.
    /// </summary>
    private Task ReadAsync(string what, Func<CancellationToken, Task> work) => running.RunAsync(() => ReadOnceAsync(what, work));

    private async Task ReadOnceAsync(string what, Func<CancellationToken, Task> work)
    {
        using var cancelling = CancellationTokenSource.CreateLinkedTokenSource(Closing);
        cancel = cancelling;
        progress = what;
        StateHasChanged();
        try
        {
            var user = await CurrentUser.PrincipalAsync(cancelling.Token);
            var key = AccountClaims.UserIdOf(user)?.ToString() ?? user.Identity?.Name ?? string.Empty;
            var ahead = new Progress<int>(count => Report(L["Import_Queue_Place", count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]));
            var turn = await Queue.WaitAsync(key, ahead, cancelling.Token);
            if (turn is ImportTurn.Refused refusedTurn)
            {
                fileMessage = refusedTurn.Message;
                return;
            }

            using var lease = ((ImportTurn.Granted)turn).Lease;
            Report(what);
            await work(cancelling.Token);
        }
        catch (OperationCanceledException) when (cancelling.IsCancellationRequested)
        {
            (workbook, sheet, mapping, preview, request) = (null, null, null, null, null);
            fileMessage = L["Import_Cancelled"];
        }
        catch (ObjectDisposedException) when (Closing.IsCancellationRequested)
        {
            // The page closed, and the circuit's services with it: nothing failed that anyone waits for.
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancelling.IsCancellationRequested)
        {
            var reference = ErrorReference.New();
            Logger.ReadFailed(exception, PartnershipId, reference);
            (workbook, sheet, mapping, preview, request) = (null, null, null, null, null);
            fileMessage = L["Import_Failed", reference];
        }
        finally
        {
            cancel = null;
            progress = null;
        }
    }

    private void Cancel() => cancel?.Cancel();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            cancel?.Cancel();
        }

        base.Dispose(disposing);
    }

    private Task RunAsync(string what, Func<Task> work) => running.RunAsync(() => RunOnceAsync(what, work));

    private async Task RunOnceAsync(string what, Func<Task> work)
    {
        progress = what;
        StateHasChanged();
        try
        {
            await work();
        }
        finally
        {
            progress = null;
        }
    }

    private void Report(string text) => _ = InvokeAsync(() =>
    {
        progress = text;
        StateHasChanged();
    });
}
