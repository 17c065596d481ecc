namespace SexWorkResourceHub.Web.Infrastructure.Methods;

/// <summary>
/// The methods one endpoint serves, as endpoint metadata: worked out once when the endpoint is built,
/// so answering a method it does not serve costs one metadata lookup and nothing per request.
/// </summary>
/// <param name="Allow">The Allow header's value, for example "GET, HEAD, POST".</param>
/// <param name="Post">The page has a form that posts to it.</param>
/// <param name="NamesARecord">
/// The route takes a value (a slug, an id) that may name nothing: the page's own GET handler is asked
/// first, so a method it does not serve on a record that does not exist is a 404, as GET would be.
/// </param>
public sealed record AllowedMethods(string Allow, bool Post, bool NamesARecord)
{
    /// <summary>Reading pages, feeds and probes.</summary>
    public static readonly AllowedMethods GetAndHead = new("GET, HEAD", Post: false, NamesARecord: false);

    /// <summary>HEAD wherever GET: Razor Pages answer it with the GET handler, and the server sends no body.</summary>
    public bool Serves(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || (Post && HttpMethods.IsPost(method));
}
