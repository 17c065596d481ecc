using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace SexWorkResourceHub.HostileTests;

/// <summary>
/// Requests written byte by byte over TLS, so that nothing on the client side tidies them up first
/// (HttpClient would refuse a bad method or re-encode a path).
/// </summary>
public sealed class RawHttp : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly SslStream _tls;

    private RawHttp(TcpClient tcp, SslStream tls)
    {
        _tcp = tcp;
        _tls = tls;
    }

    public static async Task<RawHttp> ConnectAsync(Uri site)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(site.Host, site.Port);
        var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, (_, _, _, _) => true);
        await tls.AuthenticateAsClientAsync("localhost");
        return new RawHttp(tcp, tls);
    }

    public Task SendAsync(string text) => SendAsync(Encoding.Latin1.GetBytes(text));

    public async Task SendAsync(byte[] bytes)
    {
        await _tls.WriteAsync(bytes);
        await _tls.FlushAsync();
    }

    /// <summary>
    /// The status code of the response, or null when the server closed the connection without one.
    /// Reads until the head of the response is in, or the connection ends.
    /// </summary>
    public async Task<int?> ReadStatusAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var head = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            while (!head.ToString().Contains("\r\n", StringComparison.Ordinal))
            {
                var read = await _tls.ReadAsync(buffer, cancel.Token);
                if (read == 0)
                {
                    break;
                }

                head.Append(Encoding.Latin1.GetString(buffer, 0, read));
            }
        }
        catch (IOException)
        {
            // A reset: no response.
        }

        var line = head.ToString().Split("\r\n")[0].Split(' ');
        return line.Length >= 2 && line[0].StartsWith("HTTP/", StringComparison.Ordinal) && int.TryParse(line[1], out var status) ? status : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _tls.DisposeAsync();
        _tcp.Dispose();
    }

    /// <summary>Sends one complete request and returns the status it got.</summary>
    public static async Task<int?> RequestAsync(Uri site, string method, string target, string? extraHeaders = null, string? body = null)
    {
        await using var connection = await ConnectAsync(site);
        var content = body ?? string.Empty;
        await connection.SendAsync(
            $"{method} {target} HTTP/1.1\r\nHost: {site.Authority}\r\nConnection: close\r\n{extraHeaders}Content-Length: {Encoding.UTF8.GetByteCount(content)}\r\n\r\n");
        if (content.Length > 0)
        {
            await connection.SendAsync(Encoding.UTF8.GetBytes(content));
        }

        return await connection.ReadStatusAsync(TimeSpan.FromSeconds(20));
    }
}
