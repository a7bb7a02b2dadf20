using System.Buffers.Binary;
using System.Text;

namespace MobilityPartnerships.LoadHarness;

/// <summary>
/// Reads the event handlers a render batch attaches, as blazor.web.js reads a batch (the reference frames: an element,
/// then its attributes; an attribute frame carries its event handler's id), and remembers the latest one per element
/// named by its <c>id</c> or <c>aria-label</c> and event ("Next page|onclick"), so the harness can click what a user clicks.
/// </summary>
internal static class RenderBatchHandlers
{
    private const int ElementFrame = 1;
    private const int AttributeFrame = 3;
    private const int FrameSize = 20;

    public static void Read(ReadOnlySpan<byte> batch, IDictionary<string, ulong> handlers)
    {
        var frames = Int(batch, Int(batch, batch.Length - 16));
        var first = Int(batch, batch.Length - 16) + 4;
        var strings = Int(batch, batch.Length - 4);
        for (var i = 0; i < frames; i++)
        {
            var frame = first + (i * FrameSize);
            if (Int(batch, frame) != ElementFrame)
            {
                continue;
            }

            string? name = null;
            var events = new List<(string Event, ulong Id)>();
            for (var j = i + 1; j < frames && Int(batch, first + (j * FrameSize)) == AttributeFrame; j++)
            {
                var attribute = first + (j * FrameSize);
                var attributeName = Text(batch, strings, Int(batch, attribute + 4));
                var handler = BinaryPrimitives.ReadUInt64LittleEndian(batch[(attribute + 12)..]);
                if (handler != 0 && attributeName is not null)
                {
                    events.Add((attributeName, handler));
                }
                else if (attributeName is "id" or "aria-label")
                {
                    name ??= Text(batch, strings, Int(batch, attribute + 8));
                }
            }

            if (name is not null)
            {
                foreach (var (eventName, id) in events)
                {
                    handlers[$"{name}|{eventName}"] = id;
                }
            }
        }
    }

    /// <summary>Every string of a batch's string table, for tracing.</summary>
    public static IEnumerable<string> Strings(byte[] batch)
    {
        var table = Int(batch, batch.Length - 4);
        var count = (batch.Length - 20 - table) / 4;
        for (var i = 0; i < count; i++)
        {
            yield return Text(batch, table, i) ?? string.Empty;
        }
    }

    private static int Int(ReadOnlySpan<byte> batch, int at) => BinaryPrimitives.ReadInt32LittleEndian(batch[at..]);

    private static string? Text(ReadOnlySpan<byte> batch, int table, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var at = Int(batch, table + (4 * index));
        var length = 0;
        var shift = 0;
        int b;
        do
        {
            b = batch[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);

        return Encoding.UTF8.GetString(batch.Slice(at, length));
    }
}
