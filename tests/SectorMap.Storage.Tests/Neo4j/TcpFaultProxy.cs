using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SectorMap.Storage.Tests.Neo4j;

/// <summary>
/// A loopback TCP proxy between the client and the real Neo4j server that can break one chosen
/// HTTP request: drop its connection, answer it 503 as a gateway would, or hold it back. Requests
/// are counted across connections by their request line, which is enough for a client that sends
/// one request at a time.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
{
    private static readonly string[] Methods = ["GET ", "POST ", "DELETE ", "PUT "];
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<int, (ProxyFault Fault, TimeSpan Delay)> _faults = [];
    private readonly Task _accepting;
    private int _requests;

    public TcpFaultProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Requests seen so far (the one broken included).</summary>
    public int Requests => Volatile.Read(ref _requests);

    public int FaultsTriggered { get; private set; }

    /// <summary>Breaks the request with this number (1 is the first request after <see cref="Reset"/>).</summary>
    public void Break(int request, ProxyFault fault, TimeSpan delay = default)
    {
        lock (_faults)
        {
            _faults[request] = (fault, delay);
        }
    }

    public void Reset()
    {
        lock (_faults)
        {
            _faults.Clear();
        }

        Interlocked.Exchange(ref _requests, 0);
        FaultsTriggered = 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var _ = client;
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
            var toServer = PumpRequestsAsync(client.GetStream(), server.GetStream(), client);
            var toClient = server.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
            await Task.WhenAny(toServer, toClient);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A broken connection is what this proxy is for.
        }
    }

    private async Task PumpRequestsAsync(NetworkStream from, NetworkStream to, TcpClient client)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            if (StartsRequest(buffer.AsSpan(0, read)))
            {
                var number = Interlocked.Increment(ref _requests);
                (ProxyFault Fault, TimeSpan Delay) fault;
                bool broken;
                lock (_faults)
                {
                    broken = _faults.Remove(number, out fault);
                }

                if (broken)
                {
                    FaultsTriggered++;
                    switch (fault.Fault)
                    {
                        case ProxyFault.Drop:
                            client.Client.LingerState = new LingerOption(true, 0);
                            client.Close();
                            return;
                        case ProxyFault.ServiceUnavailable:
                            await from.WriteAsync("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), _stop.Token);
                            client.Close();
                            return;
                        case ProxyFault.Delay:
                            await Task.Delay(fault.Delay, _stop.Token);
                            break;
                    }
                }
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }

    private static bool StartsRequest(ReadOnlySpan<byte> chunk)
    {
        foreach (var method in Methods)
        {
            if (chunk.StartsWith(Encoding.ASCII.GetBytes(method)))
            {
                return true;
            }
        }

        return false;
    }
}
