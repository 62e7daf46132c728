using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace IocDashboard.Reports.Forms.Html;

/// <summary>
/// A small HTML writer that encodes every text and attribute value: names of units and fields come from the sources'
/// data, so nothing read from the warehouse reaches the page unencoded. Tag and attribute names must be plain names,
/// and only style sheets built in code (<see cref="Style"/>) pass unencoded. Letters stay as they are (UTF-8), so
/// Vietnamese texts remain readable in the page's source.
/// </summary>
public sealed partial class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();
    private readonly Stack<string> _open = new();

    public HtmlWriter() => _html.Append("<!DOCTYPE html>");

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(Name(tag));
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(Name(name)).Append("=\"").Append(Encoder.Encode(value)).Append('"');
            }
        }

        _html.Append('>');
        _open.Push(tag);
        return this;
    }

    /// <summary>An element without content (meta, link).</summary>
    public HtmlWriter Void(string tag, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        _open.Pop();
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public HtmlWriter Close()
    {
        _html.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    public HtmlWriter Text(string text)
    {
        _html.Append(Encoder.Encode(text));
        return this;
    }

    /// <summary>An element holding one text.</summary>
    public HtmlWriter Element(string tag, string text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close();

    /// <summary>A style element; the style sheet is made in code, never from data, and cannot end the element early.</summary>
    public HtmlWriter Style(string css)
    {
        if (css.Contains("</", StringComparison.Ordinal))
        {
            throw new ArgumentException("A style sheet must not contain '</'.", nameof(css));
        }

        _html.Append("<style>").Append(css).Append("</style>");
        return this;
    }

    /// <summary>
    /// An inline SVG image, written as XML from the parsed element: texts and attribute values come out escaped, so a
    /// label from the data cannot end the image early. The caller has stripped what could run (see ChartFigure).
    /// </summary>
    public HtmlWriter Svg(System.Xml.Linq.XElement svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        if (svg.Name.LocalName != "svg")
        {
            throw new ArgumentException("Not an SVG image.", nameof(svg));
        }

        _html.Append(svg.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
        return this;
    }

    /// <summary>The document, every element closed.</summary>
    public override string ToString()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"Elements left open: {string.Join(", ", _open)}.");
        }

        return _html.ToString();
    }

    private static string Name(string name) => PlainName().IsMatch(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a plain tag or attribute name.", nameof(name));

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex PlainName();
}
