namespace Bulwark.Detection.Matching;

/// <summary>
/// Maps caller ids to slots with open addressing that stores only <c>slot + 1</c> (0 = empty) and reads the
/// key back from the slot's id: 4 bytes a cell instead of a dictionary's ~28 bytes an entry, which matters
/// at ten million entries. Linear probing with backward-shift deletion, so removals leave no tombstones.
/// </summary>
internal sealed class IdSlotMap
{
    private const double MaxLoad = 0.7;
    private readonly ChunkedArray<long> _ids;
    private int[] _cells;
    private int _shift;
    private int _count;

    public IdSlotMap(ChunkedArray<long> ids, int expectedCount)
    {
        _ids = ids;
        var bits = 4;
        while ((1L << bits) * MaxLoad < expectedCount)
        {
            bits++;
        }

        _cells = new int[1 << bits];
        _shift = 64 - bits;
    }

    public long AllocatedBytes => (long)_cells.Length * sizeof(int);

    public bool TryGet(long id, out int slot)
    {
        var mask = _cells.Length - 1;
        for (var i = Home(id); ; i = (i + 1) & mask)
        {
            var cell = _cells[i];
            if (cell == 0)
            {
                slot = -1;
                return false;
            }

            if (_ids[cell - 1] == id)
            {
                slot = cell - 1;
                return true;
            }
        }
    }

    /// <summary>Adds a mapping; the caller has checked that <paramref name="id"/> is absent and stored it at <paramref name="slot"/>.</summary>
    public void Add(long id, int slot)
    {
        if (_count + 1 > _cells.Length * MaxLoad)
        {
            Grow();
        }

        Place(id, slot + 1);
        _count++;
    }

    /// <summary>Removes the mapping of an id known to be present (its slot must still hold the id).</summary>
    public void Remove(long id)
    {
        var mask = _cells.Length - 1;
        var hole = Home(id);
        while (_ids[_cells[hole] - 1] != id)
        {
            hole = (hole + 1) & mask;
        }

        // Backward shift: pull later cells of the run into the hole when their home does not lie
        // cyclically after the hole, so every remaining key stays reachable from its home.
        for (var i = (hole + 1) & mask; _cells[i] != 0; i = (i + 1) & mask)
        {
            var home = Home(_ids[_cells[i] - 1]);
            if (((i - home) & mask) >= ((i - hole) & mask))
            {
                _cells[hole] = _cells[i];
                hole = i;
            }
        }

        _cells[hole] = 0;
        _count--;
    }

    private int Home(long id) => (int)(((ulong)id * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Place(long id, int cell)
    {
        var mask = _cells.Length - 1;
        var i = Home(id);
        while (_cells[i] != 0)
        {
            i = (i + 1) & mask;
        }

        _cells[i] = cell;
    }

    private void Grow()
    {
        var old = _cells;
        _cells = new int[old.Length * 2];
        _shift--;
        foreach (var cell in old)
        {
            if (cell != 0)
            {
                Place(_ids[cell - 1], cell);
            }
        }
    }
}
