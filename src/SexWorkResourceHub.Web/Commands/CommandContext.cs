namespace SexWorkResourceHub.Web.Commands;

/// <summary>What a command gets: the site's services, its arguments and the console it talks to.</summary>
public sealed record CommandContext(
    IServiceProvider Services,
    string[] Args,
    TextReader Input,
    TextWriter Output,
    TextWriter Errors,
    bool InteractiveInput)
{
    public CancellationToken Cancellation { get; init; }

    /// <summary>Reads a secret: without echo at an interactive prompt, otherwise one line of standard input.</summary>
    public async Task<string?> ReadSecretAsync(string prompt)
    {
        if (!InteractiveInput)
        {
            return await Input.ReadLineAsync(Cancellation);
        }

        await Output.WriteAsync(prompt);
        var secret = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                await Output.WriteLineAsync();
                return secret.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}
