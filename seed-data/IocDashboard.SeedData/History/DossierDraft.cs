namespace IocDashboard.SeedData.History;

/// <summary>A dossier while the generator shapes it. Times are local-time ticks (Asia/Ho_Chi_Minh).</summary>
internal struct DossierDraft
{
    public int Stream;
    public int Day;
    public int Unit;
    public int Field;
    public int Procedure;
    public int Sequence;
    public byte Channel;      // 0 direct, 1 postal, 2 online
    public byte OnlineLevel;  // 0, 3 or 4
    public long Received;
    public long Due;
    public long Resolved;     // may lie beyond the history's horizon: then still pending
    public bool Locked;       // owned by an anchor already applied

    public readonly bool ResolvedBy(long end) => Resolved < end;

    public readonly bool LateAt(long end) => Resolved < end && Resolved > Due;

    public readonly bool FullOnline => Channel == 2 && OnlineLevel == 4;
}
