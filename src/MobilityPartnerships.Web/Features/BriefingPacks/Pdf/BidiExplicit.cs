namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// The levels of a line's characters under the Unicode bidirectional algorithm (UAX #9): explicit embeddings,
/// overrides and isolates (X1–X8, with the overflow counts at depth 125), the controls then set aside (X9), and the
/// line cut into isolating run sequences (X10), each resolved by <see cref="BidiImplicit"/>. Paragraph separators do
/// not occur: a line is part of one paragraph.
/// </summary>
internal static class BidiExplicit
{
    /// <summary>Level of a character rule X9 sets aside: it is not drawn.</summary>
    public const int Removed = -1;

    private const int MaxDepth = 125;

    /// <summary>Each character's level; <see cref="Removed"/> for embedding and override controls and boundary neutrals.</summary>
    public static int[] Levels(BidiClass[] classes, int paragraphLevel)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var matching = MatchingPdis(classes);
        var (levels, types) = Explicit(classes, paragraphLevel, matching);
        var kept = Enumerable.Range(0, classes.Length).Where(i => !BidiClasses.IsRemovedByX9(classes[i])).ToArray();
        foreach (var sequence in Sequences(kept, levels, classes, matching))
        {
            var level = levels[sequence[0]];
            var first = Array.IndexOf(kept, sequence[0]);
            var last = Array.IndexOf(kept, sequence[^1]);
            var before = first > 0 ? levels[kept[first - 1]] : paragraphLevel;
            var after = last < kept.Length - 1 && !BidiClasses.IsIsolateInitiator(classes[sequence[^1]]) ? levels[kept[last + 1]] : paragraphLevel;
            var resolved = BidiImplicit.Levels([.. sequence.Select(i => types[i])], level, Math.Max(before, level) % 2 == 1, Math.Max(after, level) % 2 == 1);
            for (var i = 0; i < sequence.Count; i++)
            {
                levels[sequence[i]] = resolved[i];
            }
        }

        foreach (var i in Enumerable.Range(0, classes.Length).Except(kept))
        {
            levels[i] = Removed;
        }

        return levels;
    }

    /// <summary>BD9: the index of the isolate's closing PDI for each isolate initiator that has one; -1 elsewhere.</summary>
    private static int[] MatchingPdis(BidiClass[] classes)
    {
        var matching = Enumerable.Repeat(-1, classes.Length).ToArray();
        var open = new Stack<int>();
        for (var i = 0; i < classes.Length; i++)
        {
            if (BidiClasses.IsIsolateInitiator(classes[i]))
            {
                open.Push(i);
            }
            else if (classes[i] == BidiClass.PopDirectionalIsolate && open.Count > 0)
            {
                matching[open.Pop()] = i;
            }
        }

        return matching;
    }

    /// <summary>X1–X8: each character's embedding level, and its class after the override it is under.</summary>
    private static (int[] Levels, BidiClass[] Types) Explicit(BidiClass[] classes, int paragraphLevel, int[] matching)
    {
        var levels = new int[classes.Length];
        var types = (BidiClass[])classes.Clone();
        var stack = new Stack<(int Level, BidiClass? Override, bool Isolate)>();
        stack.Push((paragraphLevel, null, false));
        int overflowIsolates = 0, overflowEmbeddings = 0, validIsolates = 0;
        for (var i = 0; i < classes.Length; i++)
        {
            var c = classes[i];
            var top = stack.Peek();
            levels[i] = top.Level;
            if (BidiClasses.IsEmbeddingOrOverride(c))
            {
                var level = Next(top.Level, c is BidiClass.RightToLeftEmbedding or BidiClass.RightToLeftOverride);
                if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                {
                    stack.Push((level, c switch
                    {
                        BidiClass.LeftToRightOverride => BidiClass.LeftToRight,
                        BidiClass.RightToLeftOverride => BidiClass.RightToLeft,
                        _ => null,
                    }, false));
                }
                else if (overflowIsolates == 0)
                {
                    overflowEmbeddings++;
                }
            }
            else if (BidiClasses.IsIsolateInitiator(c))
            {
                types[i] = top.Override ?? c;
                var rightToLeft = c == BidiClass.RightToLeftIsolate || (c == BidiClass.FirstStrongIsolate &&
                    BidiClasses.FirstStrongIsRightToLeft(classes, i + 1, matching[i] < 0 ? classes.Length : matching[i]) == true);
                var level = Next(top.Level, rightToLeft);
                if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                {
                    validIsolates++;
                    stack.Push((level, null, true));
                }
                else
                {
                    overflowIsolates++;
                }
            }
            else if (c == BidiClass.PopDirectionalIsolate)
            {
                if (overflowIsolates > 0)
                {
                    overflowIsolates--;
                }
                else if (validIsolates > 0)
                {
                    overflowEmbeddings = 0;
                    while (!stack.Peek().Isolate)
                    {
                        stack.Pop();
                    }

                    stack.Pop();
                    validIsolates--;
                }

                top = stack.Peek();
                levels[i] = top.Level;
                types[i] = top.Override ?? c;
            }
            else if (c == BidiClass.PopDirectionalFormat)
            {
                if (overflowIsolates > 0)
                {
                    continue;
                }

                if (overflowEmbeddings > 0)
                {
                    overflowEmbeddings--;
                }
                else if (!top.Isolate && stack.Count >= 2)
                {
                    stack.Pop();
                }
            }
            else if (c != BidiClass.BoundaryNeutral)
            {
                types[i] = top.Override ?? c;
            }
        }

        return (levels, types);
    }

    /// <summary>The least odd (right to left) or even level above <paramref name="level"/>.</summary>
    private static int Next(int level, bool rightToLeft) => rightToLeft ? (level + 1) | 1 : (level + 2) & ~1;

    /// <summary>X10: runs of kept characters at one level, a run ending in an isolate's start joined to the one its PDI starts.</summary>
    private static List<List<int>> Sequences(int[] kept, int[] levels, BidiClass[] classes, int[] matching)
    {
        var runs = new List<List<int>>();
        foreach (var i in kept)
        {
            if (runs.Count == 0 || levels[runs[^1][^1]] != levels[i])
            {
                runs.Add([]);
            }

            runs[^1].Add(i);
        }

        var runStartingAt = runs.ToDictionary(r => r[0]);
        List<int>? After(List<int> run) =>
            BidiClasses.IsIsolateInitiator(classes[run[^1]]) && matching[run[^1]] is var pdi and >= 0 && runStartingAt.TryGetValue(pdi, out var next) ? next : null;
        var continuing = runs.Select(After).OfType<List<int>>().ToHashSet();
        var sequences = new List<List<int>>();
        foreach (var run in runs.Where(r => !continuing.Contains(r)))
        {
            var sequence = new List<int>(run);
            for (var next = After(run); next is not null; next = After(next))
            {
                sequence.AddRange(next);
            }

            sequences.Add(sequence);
        }

        return sequences;
    }
}
