using System.Text.Json;
using IocDashboard.SeedData.Reference;

namespace IocDashboard.SourceSimulator.Feeds.Dossiers;

/// <summary>
/// The code tables a <see cref="DossierRow"/> indexes into, with each code pre-encoded for the JSON writer so a
/// page of a thousand dossiers never escapes or transcodes the same code twice.
/// </summary>
internal sealed class DossierCodes
{
    public static readonly string[] LevelNames = ["province", "district", "commune"];
    public static readonly string[] ChannelNames = ["direct", "postal", "online"];

    private readonly Dictionary<string, short> _units;
    private readonly Dictionary<string, short> _procedures;
    private readonly Dictionary<string, byte> _fields;

    public DossierCodes(ReferenceData reference)
    {
        UnitCodes = reference.OrgUnits.Select(u => u.Code).ToArray();
        ProcedureCodes = reference.Procedures.Select(p => p.Code).ToArray();
        FieldCodes = reference.Fields.Select(f => f.Code).ToArray();
        if (UnitCodes.Length > short.MaxValue || ProcedureCodes.Length > short.MaxValue || FieldCodes.Length > byte.MaxValue)
        {
            throw new InvalidDataException("the reference tables outgrew the compact dossier row");
        }

        _units = UnitCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (short)x.i, StringComparer.Ordinal);
        _procedures = ProcedureCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (short)x.i, StringComparer.Ordinal);
        _fields = FieldCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (byte)x.i, StringComparer.Ordinal);
        EncodedUnits = UnitCodes.Select(c => JsonEncodedText.Encode(c, FeedJson.Encoder)).ToArray();
        EncodedProcedures = ProcedureCodes.Select(c => JsonEncodedText.Encode(c, FeedJson.Encoder)).ToArray();
        EncodedFields = FieldCodes.Select(c => JsonEncodedText.Encode(c, FeedJson.Encoder)).ToArray();
    }

    public string[] UnitCodes { get; }

    public string[] ProcedureCodes { get; }

    public string[] FieldCodes { get; }

    public JsonEncodedText[] EncodedUnits { get; }

    public JsonEncodedText[] EncodedProcedures { get; }

    public JsonEncodedText[] EncodedFields { get; }

    public short Unit(string code) => _units[code];

    public short Procedure(string code) => _procedures[code];

    public byte Field(string code) => _fields[code];

    public static byte Level(string level) => (byte)Index(LevelNames, level);

    public static byte Channel(string channel) => (byte)Index(ChannelNames, channel);

    private static int Index(string[] names, string name)
    {
        var index = Array.IndexOf(names, name);
        return index >= 0 ? index : throw new InvalidDataException($"unknown value '{name}'");
    }
}
