using Bulwark.Detection.Signals;

namespace Bulwark.Detection.Banks.Import;

/// <summary>Applies an import's lines to a bank and counts what happened.</summary>
internal sealed class ImportTally(Bank bank, int maxReportedErrors)
{
    private readonly List<BankImportError> _errors = [];
    private int _added;
    private int _updated;
    private int _deleted;
    private int _skipped;
    private int _errorCount;

    public void Upsert(Signal signal, string? label, IReadOnlyDictionary<string, string>? metadata, string? source)
    {
        switch (bank.Upsert(signal, label, metadata, source))
        {
            case BankWriteOutcome.Added:
                _added++;
                break;
            case BankWriteOutcome.Updated:
                _updated++;
                break;
            default:
                _skipped++;
                break;
        }
    }

    public void Delete(Signal signal)
    {
        if (bank.Delete(signal))
        {
            _deleted++;
        }
        else
        {
            _skipped++;
        }
    }

    public void Error(long lineNumber, string reason)
    {
        _errorCount++;
        if (_errors.Count < maxReportedErrors)
        {
            _errors.Add(new BankImportError(lineNumber, reason));
        }
    }

    public BankImportSummary ToSummary() => new(_added, _updated, _deleted, _skipped, _errorCount, _errors.ToArray());
}
