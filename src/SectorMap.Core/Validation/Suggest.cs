namespace SectorMap.Core.Validation;

/// <summary>"Did you mean …": the closest allowed word to a mistyped one, for error messages.</summary>
internal static class Suggest
{
    public static string ClosestHint(string given, IEnumerable<string> allowed)
    {
        var best = allowed
            .Select(a => (Word: a, Distance: Distance(given.ToUpperInvariant(), a.ToUpperInvariant())))
            .MinBy(x => x.Distance);
        return best.Word is not null && best.Distance <= Math.Max(2, given.Length / 3) ? $" (did you mean \"{best.Word}\"?)" : string.Empty;
    }

    public static string List(IEnumerable<string> allowed) => string.Join(", ", allowed);

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
