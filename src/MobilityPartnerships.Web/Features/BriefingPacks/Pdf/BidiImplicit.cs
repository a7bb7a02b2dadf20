namespace MobilityPartnerships.Web.Features.BriefingPacks.Pdf;

/// <summary>
/// The Unicode bidirectional algorithm's rules for one isolating run sequence (UAX #9, W1–W7, N1–N2, I1–I2): numbers
/// and their separators, then neutrals taking the direction of the text around them, then each character's level.
/// Bracket pairs (N0) are not matched; brackets are mirrored where drawn right to left (see <see cref="BidiLine"/>).
/// </summary>
internal static class BidiImplicit
{
    /// <summary>The levels of a sequence's characters, all at <paramref name="level"/>, between its start and end of sequence directions.</summary>
    public static int[] Levels(BidiClass[] classes, int level, bool startRightToLeft, bool endRightToLeft)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var types = (BidiClass[])classes.Clone();
        var sos = startRightToLeft ? BidiClass.RightToLeft : BidiClass.LeftToRight;
        ResolveWeak(types, sos);
        ResolveNeutral(types, level, startRightToLeft, endRightToLeft);

        var levels = new int[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            levels[i] = (level % 2, types[i]) switch
            {
                (0, BidiClass.LeftToRight) => level,
                (0, BidiClass.RightToLeft) => level + 1,
                (0, _) => level + 2,
                (_, BidiClass.RightToLeft) => level,
                _ => level + 1,
            };
        }

        return levels;
    }

    private static void ResolveWeak(BidiClass[] types, BidiClass sos)
    {
        var n = types.Length;

        // W1: a mark takes the class of what it is on; after an isolate's start or end it is neutral.
        for (var i = 0; i < n; i++)
        {
            if (types[i] == BidiClass.NonspacingMark)
            {
                types[i] = i == 0 ? sos : IsIsolateControl(types[i - 1]) ? BidiClass.Neutral : types[i - 1];
            }
        }

        // W2, W3: a European number after Arabic letters is an Arabic one; Arabic letters are then right-to-left.
        var lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (BidiClasses.IsStrong(types[i]))
            {
                lastStrong = types[i];
            }
            else if (types[i] == BidiClass.EuropeanNumber && lastStrong == BidiClass.ArabicLetter)
            {
                types[i] = BidiClass.ArabicNumber;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (types[i] == BidiClass.ArabicLetter)
            {
                types[i] = BidiClass.RightToLeft;
            }
        }

        // W4: one separator between two numbers of a kind belongs to them ("1,000", "10.5", "2024-2026").
        for (var i = 1; i < n - 1; i++)
        {
            if (types[i - 1] == types[i + 1] && (
                (types[i] == BidiClass.EuropeanSeparator && types[i - 1] == BidiClass.EuropeanNumber) ||
                (types[i] == BidiClass.CommonSeparator && types[i - 1] is BidiClass.EuropeanNumber or BidiClass.ArabicNumber)))
            {
                types[i] = types[i - 1];
            }
        }

        // W5, W6: terminators (%, €, #) next to a European number belong to it; other separators and terminators are neutral.
        for (var i = 0; i < n; i++)
        {
            if (types[i] != BidiClass.EuropeanTerminator)
            {
                continue;
            }

            var end = i;
            while (end < n && types[end] == BidiClass.EuropeanTerminator)
            {
                end++;
            }

            var toNumber = (i > 0 && types[i - 1] == BidiClass.EuropeanNumber) || (end < n && types[end] == BidiClass.EuropeanNumber);
            Array.Fill(types, toNumber ? BidiClass.EuropeanNumber : BidiClass.Neutral, i, end - i);
            i = end - 1;
        }

        // W6, W7: the separators left are neutral; a European number after Latin letters is left-to-right.
        lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (types[i] is BidiClass.EuropeanSeparator or BidiClass.CommonSeparator)
            {
                types[i] = BidiClass.Neutral;
            }
            else if (types[i] is BidiClass.LeftToRight or BidiClass.RightToLeft)
            {
                lastStrong = types[i];
            }
            else if (types[i] == BidiClass.EuropeanNumber && lastStrong == BidiClass.LeftToRight)
            {
                types[i] = BidiClass.LeftToRight;
            }
        }
    }

    /// <summary>N1, N2: neutrals between text of one direction (numbers count as right-to-left) take it, others the sequence's.</summary>
    private static void ResolveNeutral(BidiClass[] types, int level, bool startRightToLeft, bool endRightToLeft)
    {
        var n = types.Length;
        for (var i = 0; i < n; i++)
        {
            if (!IsNeutral(types[i]))
            {
                continue;
            }

            var end = i;
            while (end < n && IsNeutral(types[end]))
            {
                end++;
            }

            var before = i == 0 ? startRightToLeft : types[i - 1] != BidiClass.LeftToRight;
            var after = end == n ? endRightToLeft : types[end] != BidiClass.LeftToRight;
            var rightToLeft = before == after ? before : level % 2 == 1;
            Array.Fill(types, rightToLeft ? BidiClass.RightToLeft : BidiClass.LeftToRight, i, end - i);
            i = end - 1;
        }
    }

    private static bool IsNeutral(BidiClass c) => c == BidiClass.Neutral || IsIsolateControl(c);

    private static bool IsIsolateControl(BidiClass c) => BidiClasses.IsIsolateInitiator(c) || c == BidiClass.PopDirectionalIsolate;
}
