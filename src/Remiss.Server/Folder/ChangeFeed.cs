using System.Threading.Channels;

namespace Remiss.Server.Folder;

/// <summary>
/// Tells every open page that the folder changed. Each subscriber keeps only the newest version, so a slow
/// page never makes the server buffer a backlog of events.
/// </summary>
internal sealed class ChangeFeed
{
    private readonly Lock _gate = new();
    private readonly List<Channel<long>> _subscribers = [];

    public void Publish(long version)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(version);
            }
        }
    }

    /// <summary>A subscription: the versions published from now on, until it is disposed.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        return new Subscription(this, channel);
    }

    internal sealed class Subscription(ChangeFeed feed, Channel<long> channel) : IDisposable
    {
        public ChannelReader<long> Reader => channel.Reader;

        public void Dispose()
        {
            lock (feed._gate)
            {
                feed._subscribers.Remove(channel);
            }
        }
    }
}
