using Microsoft.EntityFrameworkCore;

namespace IocDashboard.Warehouse.Model;

/// <summary>
/// The warehouse as EF Core sees it: used for the small dimension reads and writes. Heavy aggregates and bulk
/// loads go through NpgsqlDataSource. The schema itself comes from the SQL migrations, never from EF.
/// </summary>
public sealed class WarehouseDbContext(DbContextOptions<WarehouseDbContext> options) : DbContext(options)
{
    public DbSet<LoadBatch> LoadBatches => Set<LoadBatch>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<OrgUnitSuccessor> OrgUnitSuccessors => Set<OrgUnitSuccessor>();
    public DbSet<OrgUnitRevision> OrgUnitRevisions => Set<OrgUnitRevision>();
    public DbSet<ProcedureField> ProcedureFields => Set<ProcedureField>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<ReformArea> ReformAreas => Set<ReformArea>();
    public DbSet<ReformTask> ReformTasks => Set<ReformTask>();
    public DbSet<ReformTaskEvent> ReformTaskEvents => Set<ReformTaskEvent>();
    public DbSet<DxIndicator> DxIndicators => Set<DxIndicator>();
    public DbSet<DxIndicatorTarget> DxIndicatorTargets => Set<DxIndicatorTarget>();
    public DbSet<DxIndicatorValue> DxIndicatorValues => Set<DxIndicatorValue>();
    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();
    public DbSet<DossierSource> DossierSources => Set<DossierSource>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LoadBatch>().ToTable("load_batches", "ingest");
        modelBuilder.Entity<OrgUnit>().ToTable("org_units", "core");
        modelBuilder.Entity<OrgUnitSuccessor>(link =>
        {
            link.ToTable("org_unit_successors", "core");
            link.HasKey(l => new { l.PredecessorId, l.SuccessorId });
        });
        modelBuilder.Entity<OrgUnitRevision>(revision =>
        {
            revision.ToTable("org_unit_revisions", "core");
            revision.HasKey(r => new { r.OrgUnitId, r.ValidFrom });
        });
        modelBuilder.Entity<ProcedureField>().ToTable("procedure_fields", "core");
        modelBuilder.Entity<Procedure>().ToTable("procedures", "core");
        modelBuilder.Entity<ReformArea>().ToTable("reform_areas", "core");
        modelBuilder.Entity<ReformTask>(task =>
        {
            task.ToTable("reform_tasks", "core");
            task.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TaskId);
        });
        modelBuilder.Entity<ReformTaskEvent>().ToTable("reform_task_events", "core");
        modelBuilder.Entity<DxIndicator>().ToTable("dx_indicators", "core");
        modelBuilder.Entity<DxIndicatorTarget>(target =>
        {
            target.ToTable("dx_indicator_targets", "core");
            target.HasKey(t => new { t.IndicatorId, t.Year });
        });
        modelBuilder.Entity<DxIndicatorValue>(value =>
        {
            value.ToTable("dx_indicator_values", "core");
            value.HasKey(v => new { v.IndicatorId, v.Period });
        });
        modelBuilder.Entity<FeedbackItem>().ToTable("feedback_items", "core");
        modelBuilder.Entity<DossierSource>().ToTable("dossier_sources", "core");
        modelBuilder.Entity<Dossier>(dossier =>
        {
            dossier.ToTable("dossiers", "core");
            dossier.HasKey(d => new { d.SourceId, d.ExternalId });
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCaseNames.Of(property.Name));
            }
        }
    }
}
