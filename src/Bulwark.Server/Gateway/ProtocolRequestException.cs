namespace Bulwark.Server.Gateway;

/// <summary>A request body that is valid JSON but not a request of the protocol; answered with 400 in the protocol's error shape.</summary>
internal sealed class ProtocolRequestException(string message) : Exception(message);
