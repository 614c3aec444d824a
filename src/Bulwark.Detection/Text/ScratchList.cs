namespace Bulwark.Detection.Text;

/// <summary>
/// Two reusable lists per thread and element type (the contact signal holds its raw and its joined hits at once),
/// for the phrase hits and cues a classification builds and drops: a fresh list per signal per call was a tenth of the classifier's allocation on dense text. <see cref="Rent"/> takes
/// a list away from the thread, so a nested use (a decoded segment scanned inside a scan) gets a list of its own; a list
/// that grew past <see cref="MaxKeptCapacity"/> is left to the garbage collector rather than held by the thread.
/// </summary>
internal static class ScratchList<T>
{
    /// <summary>The largest list a thread keeps between calls (a 2,000-character dense text makes a few hundred hits).</summary>
    public const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static List<T>? t_list;

    [ThreadStatic]
    private static List<T>? t_spare;

    /// <summary>An empty list, one of the thread's own when it has one.</summary>
    public static List<T> Rent()
    {
        if (t_list is { } list)
        {
            t_list = null;
            return list;
        }

        if (t_spare is { } spare)
        {
            t_spare = null;
            return spare;
        }

        return [];
    }

    /// <summary>Empties <paramref name="list"/> (dropping its references) and keeps it for the thread's next <see cref="Rent"/>.</summary>
    public static void Return(List<T> list)
    {
        if (list.Capacity <= MaxKeptCapacity)
        {
            list.Clear();
            if (t_list is null)
            {
                t_list = list;
            }
            else
            {
                t_spare = list;
            }
        }
    }
}
