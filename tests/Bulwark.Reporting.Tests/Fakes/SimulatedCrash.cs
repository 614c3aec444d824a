namespace Bulwark.Reporting.Tests.Fakes;

/// <summary>Stands for the process dying: nothing in the outbox catches it.</summary>
internal sealed class SimulatedCrash(string message) : Exception(message);
