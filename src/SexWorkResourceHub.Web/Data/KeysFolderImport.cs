using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Data Protection keys used to be files in keys/ beside the SQLite database; now they are in the store.
/// On the first start after the upgrade they are copied in, so editors stay signed in and open forms
/// stay valid. The folder is left as it was; it can be deleted once the site has started.
/// </summary>
internal static class KeysFolderImport
{
    public static async Task<int> ImportAsync(HubDbContext db, string dataFolder, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataFolder, "keys");
        if (!Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var files = Directory.GetFiles(folder, "key-*.xml").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            // The same form Data Protection's own EF Core repository writes.
            db.DataProtectionKeys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file),
                Xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return files.Count;
    }
}
