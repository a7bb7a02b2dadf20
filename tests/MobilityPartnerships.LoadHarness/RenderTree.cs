using System.Buffers.Binary;
using System.Text;

namespace MobilityPartnerships.LoadHarness;

/// <summary>
/// The page as blazor.web.js keeps it, enough to click what a user clicks: every render batch's edits applied to a model
/// of the logical tree (BrowserRenderer.ts), so that an element's event handler stays current when a re-render gives it
/// a new one in a diff that names only its position ("set attribute onclick on the 3rd child of the 2nd child") — as the
/// grid's pager does on every render.
/// <para>
/// The model holds what the browser's logical elements hold: per component its list of children; an element (its tag,
/// attributes and event handlers by attribute name, "onclick") and its children; a text; a markup block (one child,
/// its HTML not parsed: it carries no handlers); a child component (a container, which that component's own diffs fill).
/// A region adds no node (its frames are the parent's children), nor do reference captures and named events.
/// </para>
/// <para>
/// The batch's layout is RenderBatchWriter's (OutOfProcessRenderBatch.ts reads it): at its end five offsets — the updated
/// components (a table of diffs: component id, edit count, 16-byte edits), the reference frames (20 bytes each), the
/// disposed component ids, the disposed event handler ids (8 bytes each) and the string table (offsets of
/// length-prefixed UTF-8 strings; -1 is null).
/// </para>
/// </summary>
internal sealed class RenderTree
{
    private const int ElementFrame = 1;
    private const int TextFrame = 2;
    private const int AttributeFrame = 3;
    private const int ComponentFrame = 4;
    private const int RegionFrame = 5;
    private const int MarkupFrame = 8;

    private const int PrependFrame = 1;
    private const int RemoveFrame = 2;
    private const int SetAttribute = 3;
    private const int RemoveAttribute = 4;
    private const int UpdateText = 5;
    private const int StepIn = 6;
    private const int StepOut = 7;
    private const int UpdateMarkup = 8;
    private const int PermutationListEntry = 9;
    private const int PermutationListEnd = 10;

    private const int FrameSize = 20;
    private const int EditSize = 16;

    private readonly Dictionary<int, Node> components = [];
    private readonly List<Node> roots = [];
    private readonly Dictionary<ulong, Node> handlerOwners = [];

    /// <summary>Why the model stopped following the page (a batch it could not apply), if it did; it is not read further.</summary>
    public string? Broken { get; private set; }

    /// <summary>Applies a batch's edits, disposed components and disposed handlers, in blazor.web.js's order.</summary>
    public void Apply(byte[] data)
    {
        if (Broken is not null)
        {
            return;
        }

        try
        {
            var batch = new Batch(data);
            var updated = batch.Int(data.Length - 20);
            for (var i = 0; i < batch.Int(updated); i++)
            {
                var diff = batch.Int(updated + 4 + (4 * i));
                var componentId = batch.Int(diff);
                if (!components.TryGetValue(componentId, out var container))
                {
                    // A root component (added at a prerendered marker): its diffs are the first to name it.
                    components[componentId] = container = Node.Container(componentId);
                    roots.Add(container);
                }

                ApplyEdits(batch, container, diff + 8, batch.Int(diff + 4));
            }

            var disposedComponents = batch.Int(data.Length - 12);
            for (var i = 0; i < batch.Int(disposedComponents); i++)
            {
                var id = batch.Int(disposedComponents + 4 + (4 * i));
                if (components.Remove(id, out var container))
                {
                    roots.Remove(container);
                }
            }

            var disposedHandlers = batch.Int(data.Length - 8);
            for (var i = 0; i < batch.Int(disposedHandlers); i++)
            {
                var id = batch.Long(disposedHandlers + 4 + (8 * i));
                if (handlerOwners.Remove(id, out var element) && element.Handlers is { } handlers)
                {
                    foreach (var (name, handler) in handlers.ToList())
                    {
                        if (handler == id)
                        {
                            handlers.Remove(name);
                        }
                    }
                }
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentOutOfRangeException or NullReferenceException or IndexOutOfRangeException)
        {
            Broken = $"the page's model lost track of a render batch ({exception.Message})";
        }
    }

    /// <summary>
    /// The current handler for <paramref name="attribute"/> ("onclick") of the first element, in the page's order, that
    /// <paramref name="name"/> names — by its id, its aria-label or, failing both, its text (a button's label) — and the
    /// element's tag; null when no element has one.
    /// </summary>
    public (ulong Handler, string Tag)? Find(string name, string attribute)
    {
        if (Broken is not null)
        {
            throw new InvalidOperationException(Broken);
        }

        (ulong, string)? byText = null;
        foreach (var element in Elements())
        {
            if (element.Handlers is not { } handlers || !handlers.TryGetValue(attribute, out var handler))
            {
                continue;
            }

            if (element.Attribute("id") == name || element.Attribute("aria-label") == name)
            {
                return (handler, element.Text!);
            }

            if (byText is null && element.TextContent().Trim() == name)
            {
                byText = (handler, element.Text!);
            }
        }

        return byText;
    }

    /// <summary>Every element's handlers by the element's id or aria-label: "Next Page|onclick".</summary>
    public IEnumerable<string> HandlerNames() =>
        from element in Elements()
        where element.Handlers is { Count: > 0 }
        let name = element.Attribute("id") ?? element.Attribute("aria-label")
        where name is not null
        from handler in element.Handlers!.Keys
        select $"{name}|{handler}";

    /// <summary>Every string of a batch's string table, for tracing.</summary>
    public static IEnumerable<string> Strings(byte[] data)
    {
        var batch = new Batch(data);
        var table = batch.Int(data.Length - 4);
        var count = (data.Length - 20 - table) / 4;
        for (var i = 0; i < count; i++)
        {
            yield return batch.String(i) ?? string.Empty;
        }
    }

    private IEnumerable<Node> Elements()
    {
        var pending = new Stack<Node>();
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            pending.Push(roots[i]);
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.Kind == NodeKind.Element)
            {
                yield return node;
            }

            if (node.Children is { } children)
            {
                for (var i = children.Count - 1; i >= 0; i--)
                {
                    pending.Push(children[i]);
                }
            }
        }
    }

    private void ApplyEdits(Batch batch, Node parent, int edits, int count)
    {
        List<(int From, int To)>? permutation = null;
        for (var i = 0; i < count; i++)
        {
            var edit = edits + (i * EditSize);
            var sibling = batch.Int(edit + 4);
            var frame = batch.Int(edit + 8);
            switch (batch.Int(edit))
            {
                case PrependFrame:
                    InsertFrame(batch, parent, sibling, frame);
                    break;
                case RemoveFrame:
                    parent.Children!.RemoveAt(sibling);
                    break;
                case SetAttribute:
                    ApplyAttribute(batch, ElementAt(parent, sibling), frame);
                    break;
                case RemoveAttribute:
                {
                    var element = ElementAt(parent, sibling);
                    var name = batch.String(batch.Int(edit + 12))!;
                    element.Attributes?.Remove(name);
                    element.Handlers?.Remove(name);
                    break;
                }

                case UpdateText:
                {
                    var text = parent.Children![sibling];
                    if (text.Kind != NodeKind.Text)
                    {
                        throw new InvalidOperationException($"UpdateText on a {text.Kind}");
                    }

                    text.Text = batch.String(batch.Int(batch.Frame(frame) + 4));
                    break;
                }

                case UpdateMarkup:
                    parent.Children!.RemoveAt(sibling);
                    InsertFrame(batch, parent, sibling, frame);
                    break;
                case StepIn:
                    parent = parent.Children![sibling];
                    break;
                case StepOut:
                    parent = parent.Parent ?? throw new InvalidOperationException("StepOut above the component");
                    break;
                case PermutationListEntry:
                    (permutation ??= []).Add((sibling, frame));
                    break;
                case PermutationListEnd:
                {
                    var before = parent.Children!.ToArray();
                    foreach (var (from, to) in permutation!)
                    {
                        parent.Children[to] = before[from];
                    }

                    permutation = null;
                    break;
                }

                default:
                    throw new InvalidOperationException($"edit type {batch.Int(edit)}");
            }
        }
    }

    private static Node ElementAt(Node parent, int sibling) =>
        parent.Children![sibling] is { Kind: NodeKind.Element } element ? element
        : throw new InvalidOperationException($"an attribute edit on a {parent.Children[sibling].Kind}");

    /// <summary>Inserts a frame (and its subtree) at <paramref name="index"/>; returns how many children it added.</summary>
    private int InsertFrame(Batch batch, Node parent, int index, int frameIndex)
    {
        var frame = batch.Frame(frameIndex);
        switch (batch.Int(frame))
        {
            case ElementFrame:
                var element = Node.Element(batch.String(batch.Int(frame + 8))!);
                parent.Insert(index, element);
                var end = frameIndex + batch.Int(frame + 4);
                for (var child = frameIndex + 1; child < end; child++)
                {
                    if (batch.Int(batch.Frame(child)) == AttributeFrame)
                    {
                        ApplyAttribute(batch, element, child);
                    }
                    else
                    {
                        InsertFrames(batch, element, 0, child, end);
                        break;
                    }
                }

                return 1;
            case TextFrame:
                parent.Insert(index, Node.Leaf(NodeKind.Text, batch.String(batch.Int(frame + 4))));
                return 1;
            case MarkupFrame:
                parent.Insert(index, Node.Leaf(NodeKind.Markup, batch.String(batch.Int(frame + 4))));
                return 1;
            case ComponentFrame:
                var componentId = batch.Int(frame + 8);
                var container = Node.Container(componentId);
                if (components.TryGetValue(componentId, out var early))
                {
                    // Its diff came first (as a root's would): it is placed here now.
                    roots.Remove(early);
                    container = early;
                }

                components[componentId] = container;
                parent.Insert(index, container);
                return 1;
            case RegionFrame:
                return InsertFrames(batch, parent, index, frameIndex + 1, frameIndex + batch.Int(frame + 4));
            case AttributeFrame:
                throw new InvalidOperationException("an attribute frame outside an element's leading frames");
            default:
                // Reference captures, named events, render modes: frames of the diff with no node in the page.
                return 0;
        }
    }

    private int InsertFrames(Batch batch, Node parent, int index, int start, int end)
    {
        var first = index;
        for (var frameIndex = start; frameIndex < end; frameIndex++)
        {
            index += InsertFrame(batch, parent, index, frameIndex);
            var frame = batch.Frame(frameIndex);
            if (batch.Int(frame) is ElementFrame or ComponentFrame or RegionFrame)
            {
                // Its subtree was inserted with it.
                frameIndex += batch.Int(frame + 4) - 1;
            }
        }

        return index - first;
    }

    private void ApplyAttribute(Batch batch, Node element, int frameIndex)
    {
        var frame = batch.Frame(frameIndex);
        var name = batch.String(batch.Int(frame + 4))!;
        var handler = batch.Long(frame + 12);
        if (handler != 0)
        {
            (element.Handlers ??= new(StringComparer.Ordinal))[name] = handler;
            handlerOwners[handler] = element;
        }
        else
        {
            (element.Attributes ??= new(StringComparer.Ordinal))[name] = batch.String(batch.Int(frame + 8));
        }
    }

    private enum NodeKind
    {
        Element,
        Text,
        Markup,
        Component,
    }

    /// <summary>A logical element: an element, a text, a markup block or a child component's container.</summary>
    private sealed class Node
    {
        private Node(NodeKind kind, string? text, List<Node>? children)
        {
            Kind = kind;
            Text = text;
            Children = children;
        }

        public NodeKind Kind { get; }

        /// <summary>An element's tag, a text's or a markup block's content.</summary>
        public string? Text { get; set; }

        public Node? Parent { get; private set; }

        public List<Node>? Children { get; }

        public Dictionary<string, string?>? Attributes { get; set; }

        public Dictionary<string, ulong>? Handlers { get; set; }

        public static Node Element(string tag) => new(NodeKind.Element, tag, []);

        public static Node Container(int componentId) => new(NodeKind.Component, componentId.ToString(System.Globalization.CultureInfo.InvariantCulture), []);

        public static Node Leaf(NodeKind kind, string? text) => new(kind, text, null);

        public string? Attribute(string name) => Attributes is { } attributes && attributes.TryGetValue(name, out var value) ? value : null;

        public void Insert(int index, Node child)
        {
            child.Parent = this;
            Children!.Insert(index, child);
        }

        /// <summary>The texts under the node, as the page shows them (markup blocks' tags are not taken apart).</summary>
        public string TextContent()
        {
            var text = new StringBuilder();
            Append(this);
            return text.ToString();

            void Append(Node node)
            {
                if (node.Kind is NodeKind.Text or NodeKind.Markup)
                {
                    text.Append(node.Text);
                }

                foreach (var child in node.Children ?? [])
                {
                    Append(child);
                }
            }
        }
    }

    /// <summary>Reads a batch's integers and strings by offset.</summary>
    private readonly struct Batch(byte[] data)
    {
        private readonly int frames = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(data.Length - 16)) + 4;
        private readonly int strings = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(data.Length - 4));

        public int Frame(int index) => frames + (index * FrameSize);

        public int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(at));

        public ulong Long(int at) => BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(at));

        public string? String(int index)
        {
            if (index < 0)
            {
                return null;
            }

            var at = Int(strings + (4 * index));
            var length = 0;
            var shift = 0;
            int b;
            do
            {
                b = data[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);

            return Encoding.UTF8.GetString(data, at, length);
        }
    }
}
