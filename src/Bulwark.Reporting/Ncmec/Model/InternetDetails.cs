namespace Bulwark.Reporting.Ncmec.Model;

/// <summary>
/// One <c>internetDetails</c> entry: where the incident happened. The schema allows exactly one kind per entry, hence
/// the closed set of subclasses (web page, e-mail, newsgroup, chat/IM, online gaming, cell phone, non-internet, peer-to-peer).
/// </summary>
public abstract record InternetDetails
{
    private protected InternetDetails()
    {
    }

    public string? AdditionalInfo { get; init; }
}
