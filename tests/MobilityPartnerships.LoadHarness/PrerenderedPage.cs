using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.LoadHarness;

/// <summary>
/// A page as the server prerendered it: its HTML, the markers of its interactive server components and the state
/// the prerender persisted for them — what blazor.web.js reads from the document to start a circuit.
/// </summary>
public sealed partial record PrerenderedPage(Uri Address, string Html, IReadOnlyList<JsonObject> ServerMarkers, string ApplicationState)
{
    /// <summary>The instance that rendered the page, as a proxy in front of several names it (X-Instance), if one did.</summary>
    public string? Instance { get; init; }

    public static async Task<PrerenderedPage> LoadAsync(SignedInUser user, string path, CancellationToken cancellationToken)
    {
        var address = new Uri(user.BaseAddress, path);
        using var answer = await user.Client.GetAsync(address, cancellationToken);
        if (!answer.IsSuccessStatusCode)
        {
            throw new PageRefusedException(address, answer.StatusCode, answer.Headers.Location);
        }

        var html = await answer.Content.ReadAsStringAsync(cancellationToken);
        var markers = new List<JsonObject>();
        var uniqueId = 0;
        foreach (Match match in Marker().Matches(html))
        {
            // Start markers carry a type; end markers only their prerender id. Discovery numbers every start marker.
            if (JsonNode.Parse(match.Groups["json"].Value) is JsonObject marker && marker["type"] is { } type)
            {
                marker["uniqueId"] = uniqueId++;
                if (type.GetValue<string>() == "server")
                {
                    markers.Add(marker);
                }
            }
        }

        markers.Sort((a, b) => a["sequence"]!.GetValue<int>().CompareTo(b["sequence"]!.GetValue<int>()));
        var state = State().Match(html) is { Success: true } found ? found.Groups["state"].Value : string.Empty;
        var instance = answer.Headers.TryGetValues("X-Instance", out var instances) ? instances.First() : null;
        return new PrerenderedPage(address, html, markers, state) { Instance = instance };
    }

    /// <summary>The first batch of root-component operations blazor.web.js sends: add each server component at its marker.</summary>
    public string AddRootComponentsOperations()
    {
        var operations = new JsonArray();
        var ssrComponentId = 1;
        foreach (var marker in ServerMarkers)
        {
            operations.Add(new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = ssrComponentId++,
                ["marker"] = marker.DeepClone(),
            });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString(JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new();

    [GeneratedRegex("<!--Blazor:(?<json>\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(?<state>[a-zA-Z0-9+/=]+)-->")]
    private static partial Regex State();
}
