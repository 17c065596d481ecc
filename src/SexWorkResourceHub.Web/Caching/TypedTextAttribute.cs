namespace SexWorkResourceHub.Web.Caching;

/// <summary>
/// On a page's bound property: text a reader types (a search box) rather than a choice from a list. A
/// page answered for it is kept nowhere, as search results are: not in the page cache, where random
/// text would fill the memory one page at a time, and not by a browser or a CDN, which would keep what
/// someone looked for. See <see cref="CacheQueryKeys"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TypedTextAttribute : Attribute;
