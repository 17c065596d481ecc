using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>
/// A small HTTP server on loopback for the link checker, with a path for each way a link can fail:
/// /ok (200), /moved (301 to /ok), /gone (404), /error (500), /hang (never answers) and /reset (closes
/// the connection with a reset). It counts requests per path and keeps the User-Agent it was sent.
/// </summary>
public sealed class LocalLinkServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _held = [];

    public LocalLinkServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Base => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public string Url(string path) => Base + path;

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public ConcurrentBag<string> UserAgents { get; } = [];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var request = new StringBuilder();
            var buffer = new byte[4096];
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    client.Dispose();
                    return;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            var lines = request.ToString().Split("\r\n");
            var path = lines[0].Split(' ')[1];
            Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            if (lines.FirstOrDefault(l => l.StartsWith("User-Agent:", StringComparison.OrdinalIgnoreCase)) is { } agent)
            {
                UserAgents.Add(agent["User-Agent:".Length..].Trim());
            }

            switch (path)
            {
                case "/hang":
                    _held.Add(client); // Kept open, unanswered, until the server is disposed.
                    return;
                case "/reset":
                    client.Client.LingerState = new LingerOption(true, 0);
                    client.Client.Close();
                    return;
            }

            var (status, extra) = path switch
            {
                "/ok" => ("200 OK", string.Empty),
                "/moved" => ("301 Moved Permanently", $"Location: {Base}/ok\r\n"),
                "/gone" => ("404 Not Found", string.Empty),
                "/error" => ("500 Internal Server Error", string.Empty),
                _ => ("404 Not Found", string.Empty),
            };
            var answer = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{extra}Content-Length: 2\r\nConnection: close\r\n\r\nok");
            await stream.WriteAsync(answer, _stop.Token);
            client.Dispose();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            client.Dispose();
        }
        catch (IOException)
        {
            client.Dispose();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _held)
        {
            client.Dispose();
        }

        _stop.Dispose();
    }
}
