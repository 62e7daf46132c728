using System.IO.Compression;
using System.Xml;

namespace IocDashboard.Web.Features.Admin.Uploads;

/// <summary>
/// What an Office Open XML package says its main part is (ECMA-376 part 2): the target of the officeDocument
/// relationship in _rels/.rels, with the content type [Content_Types].xml gives it, by an Override for that part or
/// else the Default for its extension. Read straight from the ZIP, before any library opens the package; the XML is
/// the uploader's, so it is parsed without a DTD or external resolution.
/// </summary>
internal static class PackageManifest
{
    private const string Namespaceless = "";

    /// <summary>The main part's name (without a leading '/') and content type (null when none is declared); null without one.</summary>
    public static (string PartName, string? ContentType)? MainPart(ZipArchive zip)
    {
        if (Find(zip, "_rels/.rels") is not { } relationships || Find(zip, "[Content_Types].xml") is not { } contentTypes)
        {
            return null;
        }

        // Transitional and Strict documents name the relationship differently; both end so.
        var target = Elements(relationships, "Relationship")
            .Where(r => r.GetValueOrDefault("Type")?.EndsWith("/officeDocument", StringComparison.Ordinal) == true
                        && !string.Equals(r.GetValueOrDefault("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
            .Select(r => r.GetValueOrDefault("Target"))
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        if (target is null)
        {
            return null;
        }

        var name = Uri.UnescapeDataString(target.Trim()).TrimStart('/');
        var declared = Elements(contentTypes, "Override", "Default");
        // An Override for the part wins over the Default for its extension.
        var type = declared.FirstOrDefault(d => string.Equals(d.GetValueOrDefault("PartName"), "/" + name, StringComparison.OrdinalIgnoreCase))
                   ?? declared.FirstOrDefault(d => string.Equals(d.GetValueOrDefault("Extension"), Path.GetExtension(name).TrimStart('.'), StringComparison.OrdinalIgnoreCase));
        return (name, type?.GetValueOrDefault("ContentType")?.Trim());
    }

    /// <summary>A part by name: part names are case-insensitive in a package, unlike <see cref="ZipArchive.GetEntry"/>.</summary>
    public static ZipArchiveEntry? Find(ZipArchive zip, string name) =>
        zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The (namespaceless) attributes of every element with one of the local names.</summary>
    private static List<Dictionary<string, string>> Elements(ZipArchiveEntry entry, params string[] localNames)
    {
        var found = new List<Dictionary<string, string>>();
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !localNames.Contains(reader.LocalName, StringComparer.Ordinal))
            {
                continue;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.MoveToNextAttribute())
            {
                if (reader.NamespaceURI == Namespaceless)
                {
                    attributes[reader.LocalName] = reader.Value;
                }
            }

            found.Add(attributes);
        }

        return found;
    }
}
