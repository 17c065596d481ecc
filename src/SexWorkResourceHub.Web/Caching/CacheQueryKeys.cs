using System.ComponentModel;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace SexWorkResourceHub.Web.Caching;

/// <summary>
/// The query parameters a stored endpoint reads, as endpoint metadata: only these are part of its page
/// cache key. Any other parameter (a tracking tag, a cache-busting number) changes nothing on the page,
/// so the request is answered with the page stored without it rather than rendered and stored again.
/// An endpoint without this metadata reads no query parameter.
/// </summary>
public sealed class CacheQueryKeys
{
    private readonly string[] _keys;
    private readonly string[] _typedText;

    /// <param name="keys">The parameters the endpoint reads.</param>
    /// <param name="typedText">Those of them that carry typed text (see <see cref="TypedTextAttribute"/>).</param>
    public CacheQueryKeys(IEnumerable<string> keys, IEnumerable<string>? typedText = null)
    {
        _keys = [.. keys.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
        _typedText = [.. (typedText ?? []).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The request gives typed text: the answer is kept nowhere, like search results.</summary>
    public bool CarriesTypedText(HttpRequest request)
    {
        if (_typedText.Length == 0 || !request.QueryString.HasValue)
        {
            return false;
        }

        foreach (var key in _typedText)
        {
            if (request.Query.TryGetValue(key, out var values) && !string.IsNullOrWhiteSpace(values[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The parameters the page reads, in one order, under the names the page uses, each with the first
    /// value sent (a page binds a single value from the first), or null when none is there.
    /// </summary>
    public string? Canonical(HttpRequest request)
    {
        if (!request.QueryString.HasValue)
        {
            return null;
        }

        StringBuilder? query = null;
        foreach (var key in _keys)
        {
            if (request.Query.TryGetValue(key, out var values) && values.Count > 0)
            {
                query = (query is null ? new StringBuilder("?") : query.Append('&'))
                    .Append(key).Append('=').Append(Uri.EscapeDataString(values[0] ?? string.Empty));
            }
        }

        return query?.ToString();
    }

    /// <summary>
    /// The query parameters a Razor page binds on GET, from its model: bound properties that bind on GET,
    /// and its GET handlers' parameters, less those its route supplies. Worked out once, when the page is
    /// loaded, so a filter added to a page joins its cache key by itself.
    /// </summary>
    public static CacheQueryKeys For(PageApplicationModel model)
    {
        var template = model.ActionDescriptor.AttributeRouteInfo?.Template;
        var routeValues = template is null ? [] : RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var keys = new List<string>();
        var typedText = new List<string>();
        var onGet = new ActionContext { HttpContext = new DefaultHttpContext { Request = { Method = HttpMethods.Get } } };
        foreach (var property in model.HandlerProperties)
        {
            if (property.BindingInfo is { } binding && (binding.RequestPredicate is null || binding.RequestPredicate(onGet)))
            {
                var key = Add(binding, property.PropertyName, property.PropertyInfo.PropertyType, model, routeValues, keys);
                if (key is not null && property.Attributes.OfType<TypedTextAttribute>().Any())
                {
                    typedText.Add(key);
                }
            }
        }

        foreach (var handler in model.HandlerMethods.Where(h => HttpMethods.IsGet(h.HttpMethod)))
        {
            if (handler.HandlerName is not null)
            {
                keys.Add("handler");
            }

            foreach (var parameter in handler.Parameters)
            {
                var key = Add(parameter.BindingInfo ?? new BindingInfo(), parameter.ParameterName, parameter.ParameterType, model, routeValues, keys);
                if (key is not null && parameter.Attributes.OfType<TypedTextAttribute>().Any())
                {
                    typedText.Add(key);
                }
            }
        }

        return new CacheQueryKeys(keys, typedText);
    }

    /// <summary>Adds the query key a bound value reads, if it reads one, and returns it.</summary>
    private static string? Add(BindingInfo binding, string name, Type type, PageApplicationModel model, HashSet<string> routeValues, List<string> keys)
    {
        var source = binding.BindingSource;
        if (type == typeof(CancellationToken) || (source is not null && source != BindingSource.Query && source != BindingSource.ModelBinding))
        {
            return null;
        }

        var key = binding.BinderModelName ?? name;
        if (routeValues.Contains(key))
        {
            return null;
        }

        // A list or an object is bound from several keys or prefixed ones, which Canonical does not know.
        if (!TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).CanConvertFrom(typeof(string)))
        {
            throw new InvalidOperationException(
                $"{model.ViewEnginePath} binds '{key}' ({type.Name}) from the query string: the page cache keys only single values.");
        }

        keys.Add(key);
        return key;
    }
}
