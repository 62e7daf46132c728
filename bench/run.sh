#!/usr/bin/env bash
# Benchmarks on this machine, side by side in one run, against a throwaway PostgreSQL (durable settings):
#   Step 1  seed history generated and loaded (rows, seconds, rows/s) into an empty, migrated warehouse;
#           the 9-month province summary through the HTTP API: p50/p95 over 100 calls.
#   Step 5  the same seed to the present (about 4.8 million dossiers); every dossier API call of today's board,
#           the workload included, and the calls behind the weekly meeting (comparisons, changes, accountability,
#           the service index): p50/p95 over 100 calls.
#   Step 2  initial sync of the full history from the source simulator through the connectors (records/s),
#           by the `sync` verb and through Hangfire as ./run.sh does it (dossiers/s);
#           an incremental sync of about 1,000 dossiers changed by the simulator's live mode, timed in a
#           warm process after a warm-up run (as the app's scheduled job runs);
#           the connectors' COPY + merge against EF Core AddRange + SaveChanges for the same 100,000 dossiers.
#   Step 3  1,000 SignalR .NET clients on the wall hub: broadcast latency, panel recomputation, server memory;
#           commit → DOM latency in Chromium over 50 changes. (The 30-minute soak is bench/soak.sh.)
#   Step 7  the meeting page's other calls (a quarter drilled into a commune), and the page in Chromium: from the
#           navigation to the figures shown, p50/p95 over 20 fresh pages per address.
#   Step 6  the province's report of 2026-Q3 on that history: the first PDF of the app (Chromium launched for it),
#           warm PDFs and workbooks, five reports asked for at once with the server's memory.
#   Charts  one chart image drawn by ScottPlot at 1920×1080: p50/p95 over 100 renders after a warm-up, PNG and SVG.
# Usage: bench/run.sh            (prints the figures and the machine they were measured on)
#        BENCH_ONLY=api bench/run.sh       the seed, the API calls, the meeting page and the reports only (Steps 1, 5, 7 and 6)
#        BENCH_ONLY=reports bench/run.sh   the seed and the reports only
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=../scripts/pg.sh
source "$ROOT/scripts/pg.sh"
# shellcheck source=../scripts/chromium.sh
source "$ROOT/scripts/chromium.sh"
log() { echo "[bench] $*"; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

OUT="$ROOT/artifacts/bench"
PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/iocdashboard-bench-pg.XXXXXX")"
APP_PID=""
SIM_PID=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [[ -n "$SIM_PID" ]] && kill "$SIM_PID" 2>/dev/null && wait "$SIM_PID" 2>/dev/null
  pg_stop "$PG_TMP" || true
  rm -rf "$PG_TMP"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Whatever else runs on the machine shares its cores: the load at the end tells a quiet run from a busy one.
trap 'echo "load average at the end: $(cut -d" " -f1-3 /proc/loadavg)"; cleanup' EXIT
dotnet publish src/IocDashboard.Web -c Release -o "$OUT/web" --nologo -v quiet >/dev/null
dotnet build bench/IocDashboard.Bench -c Release -o "$OUT/bench" --nologo -v quiet >/dev/null
dotnet publish src/IocDashboard.SourceSimulator -c Release -o "$OUT/simulator" --nologo -v quiet >/dev/null

pg_ensure_installed
ensure_chromium # the app prints the PDF reports with it
PORT_PG="$(pg_free_port)"
# Durable settings as in ./run.sh: the load is measured as a user would see it.
# shellcheck disable=SC2046 # one NAME=VALUE per word
pg_start "$PG_TMP" "$PORT_PG" $(pg_warehouse_settings)
"$(pg_bindir)/psql" -h 127.0.0.1 -p "$PORT_PG" -U postgres -qc "create database ioc_bench" >/dev/null
export ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=ioc_bench"

web() { (cd "$OUT/web" && dotnet IocDashboard.Web.dll "$@"); } # from its folder: appsettings.json is read from there
web migrate >/dev/null
web seed | grep '^seed:'
# The bench calls as a script: a read-only Admin API token (every page and API reads), sent by the bench's clients.
IOC_API_TOKEN="$(web create-api-token "bench-$(date +%s)" --role Admin | grep -E '^ioc_api_')"
export IOC_API_TOKEN

APP_PORT="$(pg_free_port)"
# The bench calls the API thousands of times a minute from one address: the API's rate limit (RateLimits:ApiPerMinute)
# would answer 429 and the timings would measure the limiter, so it is lifted here.
(cd "$OUT/web" && exec env Ingestion__Enabled=false RateLimits__ApiPerMinute=1000000 dotnet IocDashboard.Web.dll --urls "http://127.0.0.1:$APP_PORT") >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$APP_PORT/health" >/dev/null 2>&1 && break
  sleep 0.3
done

if [[ "${BENCH_ONLY:-}" != reports ]]; then
  dotnet "$OUT/bench/IocDashboard.Bench.dll" api-latency "http://127.0.0.1:$APP_PORT" "/api/dossiers/summary?from=2024-01-01&to=2024-09-30" 100
  dotnet "$OUT/bench/IocDashboard.Bench.dll" api-latency "http://127.0.0.1:$APP_PORT" "/api/dossiers/summary?from=2020-06-11&to=2020-09-09&level=province,district" 100
  # The history to the present (about 4.8 million dossiers): the dossier API calls of today's board at that size.
  for path in "/api/dossiers/summary?from=2025-07-01&to=2025-11-30" \
              "/api/dossiers/by-field?from=2025-07-01&to=2025-11-30" \
              "/api/dossiers/workload?from=2025-07-01&to=2025-11-30" \
              "/api/dossiers/workload?from=2025-07-01&to=2025-11-30&level=commune" \
              "/api/dossiers/workload?from=2025-12-15&to=2026-03-14&by=field" \
              "/api/dossiers/workload?from=2025-12-15&to=2026-03-14&by=unit" \
              "/api/dossiers/workload?from=2025-07-01&to=2025-12-31&unit=TTPVHCC" \
              "/api/dossiers/workload?from=2026-11-23&to=2026-11-29&compare=previous,lastYear" \
              "/api/dossiers/workload?from=2026-06-15&to=2026-09-14&compare=previous,lastYear" \
              "/api/changes" "/api/changes?since=2026-11-01" "/api/accountability" \
              "/api/service-index?from=2026-01-01&to=2026-11-30"; do
    dotnet "$OUT/bench/IocDashboard.Bench.dll" api-latency "http://127.0.0.1:$APP_PORT" "$path" 100
  done
  # Step 7: the calls the meeting page makes that the loop above has not timed (a quarter drilled into a commune),
  # then the page itself in Chromium.
  COMMUNE="$(curl -fs -H "Authorization: Bearer $IOC_API_TOKEN" "http://127.0.0.1:$APP_PORT/api/dossiers/workload?from=2026-06-15&to=2026-09-14&by=unit" \
    | python3 -c 'import json, sys; print(next(r["code"] for r in json.load(sys.stdin)["rows"] if r.get("kind") == "commune"))')"
  for path in "/api/meeting/period" "/api/meeting/period?period=2026-Q3" "/api/org-units?asOf=2026-09-14" \
              "/api/dossiers/workload?from=2026-06-15&to=2026-09-14&by=unit&compare=previous,lastYear" \
              "/api/dossiers/workload?from=2026-06-15&to=2026-09-14&unit=$COMMUNE&by=unit&compare=previous,lastYear" \
              "/api/dossiers/workload?from=2026-06-15&to=2026-09-14&unit=$COMMUNE&by=field" \
              "/api/service-index?from=2026-06-15&to=2026-09-14&unit=$COMMUNE" "/api/accountability?asOf=2026-09-14"; do
    dotnet "$OUT/bench/IocDashboard.Bench.dll" api-latency "http://127.0.0.1:$APP_PORT" "$path" 100
  done
  dotnet "$OUT/bench/IocDashboard.Bench.dll" meeting-page "http://127.0.0.1:$APP_PORT" "$COMMUNE" 20
fi
# Step 6: no PDF has been printed by this app yet, so the first one launches Chromium (the cold figure).
dotnet "$OUT/bench/IocDashboard.Bench.dll" report-speed "http://127.0.0.1:$APP_PORT" 2026-Q3 "$APP_PID"
if [[ "${BENCH_ONLY:-}" == api || "${BENCH_ONLY:-}" == reports ]]; then exit 0; fi
# --- Step 3 (on the seeded warehouse, as of 31 October 2024) ---------------------------------
kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
(cd "$OUT/web" && exec env Ingestion__Enabled=false Clock__Now=2024-10-31T14:00:00+07:00 dotnet IocDashboard.Web.dll --urls "http://127.0.0.1:$APP_PORT") >"$OUT/app-wall.log" 2>&1 &
APP_PID=$!
until curl -fs "http://127.0.0.1:$APP_PORT/health" >/dev/null 2>&1; do sleep 0.3; done
dotnet "$OUT/bench/IocDashboard.Bench.dll" wall-fanout "http://127.0.0.1:$APP_PORT" "$ConnectionStrings__Warehouse" 1000 10 "$APP_PID"
dotnet "$OUT/bench/IocDashboard.Bench.dll" wall-latency "http://127.0.0.1:$APP_PORT" "$ConnectionStrings__Warehouse" 50
kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
APP_PID=""

# --- Chart images (the seeded warehouse, as of 31 October 2024; the data read once, the drawing timed) ----------
dotnet "$OUT/bench/IocDashboard.Bench.dll" chart-render "$ConnectionStrings__Warehouse" dossier-trend 100

# --- Step 2 -----------------------------------------------------------------------------------
psql_bench() { "$(pg_bindir)/psql" -h 127.0.0.1 -p "$PORT_PG" -U postgres -qc "$1" >/dev/null; }
fresh_warehouse() { # NAME: a migrated warehouse with only the reference dimensions
  psql_bench "create database $1"
  ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=$1" web migrate >/dev/null
  ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=$1" web seed --reference-only >/dev/null
}

# Each step starts from a quiet server: the databases of the steps before are dropped (their autovacuum and
# dirty buffers would otherwise run and be written during the next measurement) and a checkpoint is taken.
quiesce() { # DATABASE...
  local db
  for db in "$@"; do psql_bench "drop database $db"; done
  psql_bench "checkpoint"
}

quiesce ioc_bench
for db in ioc_copy ioc_copy_paged ioc_ef; do fresh_warehouse "$db"; done
dotnet "$OUT/bench/IocDashboard.Bench.dll" copy-vs-ef "Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=ioc_copy" \
  "Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=ioc_copy_paged" "Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=ioc_ef" 100000

SIM_PORT="$(pg_free_port)"
KEY="bench-$RANDOM$RANDOM"
# The history of 2020–2024 (the same 2.1 million dossiers as the earlier figures in the README), its clock from
# the first instant of 2025 at 3,600× (a simulated hour per second), so that the dossiers still open at the end
# of 2024 keep being resolved.
(cd "$OUT/simulator" && exec env Simulator__ApiKey="$KEY" Simulator__Speed=3600 Simulator__HistoryTo=2024-12-31 \
  Simulator__LiveStart=2025-01-01T00:00:00+07:00 dotnet IocDashboard.SourceSimulator.dll --urls "http://127.0.0.1:$SIM_PORT") >"$OUT/simulator.log" 2>&1 &
SIM_PID=$!
until curl -fs "http://127.0.0.1:$SIM_PORT/health" >/dev/null 2>&1; do sleep 0.3; done

quiesce ioc_copy ioc_copy_paged ioc_ef
fresh_warehouse ioc_sync
export ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=ioc_sync"
export Ingestion__DefaultBaseUrl="http://127.0.0.1:$SIM_PORT" Ingestion__ApiKey="$KEY"
echo "initial sync of the 2020–2024 history (all 14 sources side by side):"
web sync | grep '^sync:'
# In a warm process, as the scheduled job runs: a warm-up run catches up, then one timed run of the
# one-stop-shops once about 1,000 dossiers have changed (a cold `web sync` would time its start-up).
dotnet "$OUT/bench/IocDashboard.Bench.dll" incremental-sync "$OUT/web/appsettings.json" "$ConnectionStrings__Warehouse" 1000

# The same history through the scheduler, as ./run.sh fills an empty warehouse: the app starts with Hangfire and
# its catch-up run of every source; timed from the app's start (its start-up included) until every source has
# succeeded once.
quiesce ioc_sync
fresh_warehouse ioc_scheduled
export ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=ioc_scheduled"
scheduled_started=$(date +%s.%N)
(cd "$OUT/web" && exec dotnet IocDashboard.Web.dll --urls "http://127.0.0.1:$APP_PORT") >"$OUT/app-scheduled.log" 2>&1 &
APP_PID=$!
sql_scheduled() { "$(pg_bindir)/psql" -h 127.0.0.1 -p "$PORT_PG" -U postgres -d ioc_scheduled -Atqc "$1"; }
until [[ "$(sql_scheduled "select count(*) from ingest.source_state where last_success_at is not null" 2>/dev/null)" == 14 ]]; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped during the scheduled sync; see $OUT/app-scheduled.log"; exit 1; }
  sleep 0.2
done
scheduled_ended=$(date +%s.%N)
scheduled_dossiers=$(sql_scheduled "select count(*) from core.dossiers")
awk -v n="$scheduled_dossiers" -v a="$scheduled_started" -v b="$scheduled_ended" \
  'BEGIN { printf "initial sync through Hangfire (catch-up run at start-up): %d dossiers in %.1f s (%.0f dossiers/s)\n", n, b - a, n / (b - a) }'
kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
APP_PID=""

# --- Step 5: the history to the present through the connectors ---------------------------------------
# The simulator at the real now (speed 1): about 4.8 million dossiers, the communes' 2.4 million since the
# merger from one source (motcua-xa).
kill "$SIM_PID" && wait "$SIM_PID" 2>/dev/null || true
(cd "$OUT/simulator" && exec env Simulator__ApiKey="$KEY" dotnet IocDashboard.SourceSimulator.dll --urls "http://127.0.0.1:$SIM_PORT") >"$OUT/simulator-present.log" 2>&1 &
SIM_PID=$!
until curl -fs "http://127.0.0.1:$SIM_PORT/health" >/dev/null 2>&1; do sleep 0.3; done
quiesce ioc_scheduled
fresh_warehouse ioc_present
export ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=ioc_present"
echo "initial sync of the history to the present (all 14 sources side by side):"
web sync | grep '^sync:'
