using Remiss.Core;

namespace Remiss.Server.Desk;

/// <summary>
/// The bytes of the last forms served and saved, by their hash, so a save against a file changed since can say what
/// changed field by field (409). Bounded: an old form's bytes may be gone, and the 409 then lists no changes.
/// </summary>
internal sealed class FormCache
{
    private const int Capacity = 256;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, byte[]> _byHash = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public string Remember(byte[] bytes)
    {
        var hash = LoadedRemiss.HashOf(bytes);
        lock (_gate)
        {
            if (_byHash.TryAdd(hash, bytes))
            {
                _order.Enqueue(hash);
                while (_order.Count > Capacity)
                {
                    _byHash.Remove(_order.Dequeue());
                }
            }
        }

        return hash;
    }

    public byte[]? Find(string hash)
    {
        lock (_gate)
        {
            return _byHash.GetValueOrDefault(hash);
        }
    }
}
