using System.Collections.Concurrent;
using System.Text;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Enums as people write them in seed files, URLs and forms: lowercase with hyphens
/// (ResourceKind.SupportService is "support-service").
/// </summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, (string[] Names, Dictionary<string, object> ByName)> Cache = new();

    public static string ToKebab<T>(this T value) where T : struct, Enum => ToKebab(value.ToString());

    /// <summary>Every value of <typeparamref name="T"/>, in declaration order, as kebab-case names.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Lookup<T>().Names;

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        if (text is not null && Lookup<T>().ByName.TryGetValue(text.Trim().ToLowerInvariant(), out var found))
        {
            value = (T)found;
            return true;
        }

        value = default;
        return false;
    }

    private static (string[] Names, Dictionary<string, object> ByName) Lookup<T>() where T : struct, Enum =>
        Cache.GetOrAdd(typeof(T), _ =>
        {
            var values = Enum.GetValues<T>();
            return ([.. values.Select(v => v.ToKebab())], values.ToDictionary(v => v.ToKebab(), v => (object)v, StringComparer.Ordinal));
        });

    private static string ToKebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
