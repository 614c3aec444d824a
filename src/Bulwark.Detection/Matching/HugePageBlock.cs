using System.Runtime.InteropServices;

namespace Bulwark.Detection.Matching;

/// <summary>
/// One zeroed block of native memory, 2 MB aligned and (on Linux) advised to use transparent huge pages.
/// </summary>
/// <remarks>
/// A query touches ~10k random slots spread over a gigabyte; with 4 KB pages nearly every touch is also a TLB
/// miss and a page walk. Backing the tables with 2 MB pages removes most of those walks (measured in
/// MatcherHarness, see docs/benchmarks.md). Linux's default THP mode ("madvise") applies huge pages only to
/// ranges that ask for them, and the managed heap does not, hence native blocks. Elsewhere this is plain memory.
/// </remarks>
internal sealed partial class HugePageBlock : SafeHandle
{
    private const nuint HugePageBytes = 2 << 20;
    private const int MadviseHugePage = 14;

    public unsafe HugePageBlock(long bytes)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        Bytes = bytes;
        var pointer = NativeMemory.AlignedAlloc((nuint)bytes, HugePageBytes);
        SetHandle((IntPtr)pointer);
        if (OperatingSystem.IsLinux())
        {
            // Only a hint: failure (an old kernel, THP disabled) leaves ordinary pages, which are still correct.
            _ = Madvise((nint)pointer, (nuint)bytes, MadviseHugePage);
        }

        // Advised before the first touch, so the zeroing faults in huge pages rather than 4 KB ones.
        NativeMemory.Clear(pointer, (nuint)bytes);
    }

    public long Bytes { get; }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public unsafe void* Pointer => (void*)handle;

    protected override unsafe bool ReleaseHandle()
    {
        NativeMemory.AlignedFree((void*)handle);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
