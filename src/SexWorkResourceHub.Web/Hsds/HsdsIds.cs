using System.Security.Cryptography;
using System.Text;

namespace SexWorkResourceHub.Web.Hsds;

/// <summary>
/// The ids the open data gives each record: name-based UUIDs (RFC 9562, version 5) made from the
/// resource's slug, which cannot change once the resource exists. So an id stays the same across edits,
/// exports and every instance of the site, and is never stored.
/// </summary>
public static class HsdsIds
{
    /// <summary>This site's namespace for its names (chosen at random once; never change it).</summary>
    private static readonly Guid Namespace = new("6f1c2a8e-3b5d-4c7a-9e2f-8d4b6a1c0e37");

    public static Guid Service(string slug) => NameBased("service/" + slug);

    public static Guid Organization(string slug) => NameBased("organization/" + slug);

    /// <summary>One of a service's numbers: <paramref name="kind"/> is voice, text or textphone.</summary>
    public static Guid Phone(string slug, string kind) => NameBased($"phone/{kind}/{slug}");

    public static Guid Language(string slug, string code) => NameBased($"language/{code}/{slug}");

    /// <summary>One of a service's weekly schedules: <paramref name="part"/> names its days and times ("MO,TU/09:00-17:00").</summary>
    public static Guid Schedule(string slug, string part) => NameBased($"schedule/{part}/{slug}");

    /// <summary>One place a service works in: <paramref name="area"/> names it as the filter does ("US-OR/Portland"), compared without case or accents.</summary>
    public static Guid ServiceArea(string slug, Web.Data.Entities.ServiceArea area) =>
        NameBased($"service_area/{Resources.ServiceAreaText.Folded(Resources.ServiceAreaText.Key(area))}/{slug}");

    /// <summary>The provenance of one check: the resource and the check's own number.</summary>
    public static Guid Metadata(string slug, int checkId) => NameBased($"metadata/verification/{checkId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{slug}");

    private static Guid NameBased(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 9562 defines version 5 with SHA-1; the id is a name, not a secret.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
