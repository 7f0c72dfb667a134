using System.Net;
using System.Net.Sockets;
using Remiss.Core;

namespace Remiss.Server.Hosting;

/// <summary>
/// What <c>--listen</c> may be: <c>localhost</c>, an IPv4 address in its usual dotted form, or an IPv6 address. The
/// forms that parse but are no address a server listens on are refused with a usage message (RMS0175) instead of
/// failing later in the socket: IPv4-mapped IPv6 (<c>::ffff:127.0.0.1</c>, which the loopback check takes for
/// loopback and the socket cannot bind), multicast and broadcast, and the short IPv4 forms (<c>127.1</c>,
/// <c>2130706433</c>, <c>0x7f.0.0.1</c>) that hide which address is meant.
/// </summary>
public static class ListenAddress
{
    /// <summary>The address, or the Swedish usage message saying why not.</summary>
    public static (IPAddress? Address, string? Problem) Parse(string text)
    {
        text = text.Trim();
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return (IPAddress.Loopback, null);
        }

        var bare = text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : text;
        if (!IPAddress.TryParse(bare, out var address))
        {
            return (null, $"--listen: '{text}' är ingen IP-adress. Skriv t.ex. 127.0.0.1 (bara den här datorn) eller 0.0.0.0 (alla nätverk, kräver --api-key).");
        }

        var why = address switch
        {
            { AddressFamily: AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: true } =>
                $"är en IPv4-adress skriven som IPv6; skriv den som IPv4: --listen {address.MapToIPv4()}",
            { AddressFamily: AddressFamily.InterNetwork } when address.ToString() != bare =>
                $"är en förkortad eller ovanlig form av {address}; skriv adressen med fyra tal: --listen {address}",
            { AddressFamily: AddressFamily.InterNetworkV6, IsIPv6Multicast: true } => "är en gruppadress (multicast), som ingen server lyssnar på",
            { AddressFamily: AddressFamily.InterNetwork } when address.GetAddressBytes()[0] is >= 224 and <= 239 => "är en gruppadress (multicast), som ingen server lyssnar på",
            { AddressFamily: AddressFamily.InterNetwork } when address.Equals(IPAddress.Broadcast) => "är sändningsadressen (broadcast), som ingen server lyssnar på",
            { AddressFamily: AddressFamily.InterNetworkV6, ScopeId: not 0 } => "har en zon (%…); ange adressen utan zon, eller :: för alla nätverk",
            _ => null,
        };
        return why is null
            ? (address, null)
            : (null, $"{DiagnosticDescriptors.ListenAddressCode}: --listen {text} {why}. Vanliga val: 127.0.0.1 eller ::1 (bara den här datorn), 0.0.0.0 eller :: (alla nätverk, kräver --api-key).");
    }
}
