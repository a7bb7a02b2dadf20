using System.Collections;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Components.Common;

/// <summary>
/// Shows a FluentValidation validator's messages at the form's fields as the user types: a field's message
/// appears once the user has touched it, and every message once they try to save. Messages from the server
/// (a rule only the database can check) stay at their field until the user changes it.
/// </summary>
public sealed partial class FluentValidationBridge<TModel> : ComponentBase, IDisposable
    where TModel : class
{
    private readonly HashSet<FieldIdentifier> touched = [];
    private readonly Dictionary<FieldIdentifier, string> serverMessages = [];
    private ValidationMessageStore? messages;
    private EditContext? subscribed;
    private bool showAll;

    [CascadingParameter]
    public EditContext? EditContext { get; set; }

    [Parameter, EditorRequired]
    public IValidator<TModel> Validator { get; set; } = default!;

    /// <summary>Messages for the form as a whole, not for one field.</summary>
    public IReadOnlyList<string> FormMessages { get; private set; } = [];

    public void ShowServerErrors(IEnumerable<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var context = EditContext ?? throw new InvalidOperationException("The bridge sits inside an EditForm.");
        var formMessages = new List<string>();
        foreach (var error in errors)
        {
            if (Resolve(context.Model, error.Path) is { } field)
            {
                serverMessages[field] = error.Message;
            }
            else
            {
                formMessages.Add(error.Message);
            }
        }

        FormMessages = formMessages;
        showAll = true;
        Refresh(context);
    }

    /// <summary>Forgets touched fields and server messages, e.g. after the draft was replaced by what is stored.</summary>
    public void Reset()
    {
        touched.Clear();
        serverMessages.Clear();
        FormMessages = [];
        showAll = false;
        if (EditContext is { } context)
        {
            Refresh(context);
        }
    }

    public void Dispose()
    {
        if (subscribed is not null)
        {
            subscribed.OnFieldChanged -= FieldChanged;
            subscribed.OnValidationRequested -= ValidationRequested;
        }
    }

    protected override void OnParametersSet()
    {
        if (EditContext is null || ReferenceEquals(EditContext, subscribed))
        {
            return;
        }

        Dispose();
        subscribed = EditContext;
        messages = new ValidationMessageStore(EditContext);
        EditContext.OnFieldChanged += FieldChanged;
        EditContext.OnValidationRequested += ValidationRequested;
    }

    private void FieldChanged(object? sender, FieldChangedEventArgs e)
    {
        touched.Add(e.FieldIdentifier);
        serverMessages.Remove(e.FieldIdentifier);
        Refresh((EditContext)sender!);
    }

    private void ValidationRequested(object? sender, ValidationRequestedEventArgs e)
    {
        showAll = true;
        Refresh((EditContext)sender!);
    }

    private void Refresh(EditContext context)
    {
        var store = messages!;
        store.Clear();
        var result = Validator.Validate((TModel)context.Model);
        foreach (var error in result.Errors)
        {
            if (Resolve(context.Model, error.PropertyName) is { } field && (showAll || touched.Contains(field)))
            {
                store.Add(field, error.ErrorMessage);
            }
        }

        foreach (var (field, message) in serverMessages)
        {
            store.Add(field, message);
        }

        context.NotifyValidationStateChanged();
    }

    /// <summary>Finds the field a path such as "FundingLines[1].EuContribution" names: the line object and its property.</summary>
    private static FieldIdentifier? Resolve(object model, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var owner = model;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var match = Segment().Match(segments[i]);
            var name = match.Groups["name"].Value;
            if (i == segments.Length - 1)
            {
                return new FieldIdentifier(owner, name);
            }

            var value = owner.GetType().GetProperty(name)?.GetValue(owner);
            if (match.Groups["index"].Success && value is IList list)
            {
                var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                value = index < list.Count ? list[index] : null;
            }

            if (value is null)
            {
                return null;
            }

            owner = value;
        }

        return null;
    }

    [GeneratedRegex(@"^(?<name>[^\[]+)(\[(?<index>\d+)\])?$")]
    private static partial Regex Segment();
}
