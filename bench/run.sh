#!/usr/bin/env bash
# Step 1 benchmarks on this machine, side by side in one run, against a throwaway PostgreSQL:
#   1. seed history generated and loaded (rows, seconds, rows/s) — from an empty, migrated warehouse;
#   2. the 9-month province summary through the HTTP API: p50/p95 over 100 calls.
# Usage: bench/run.sh            (prints the figures and the machine they were measured on)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=../scripts/pg.sh
source "$ROOT/scripts/pg.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

OUT="$ROOT/artifacts/bench"
PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/iocdashboard-bench-pg.XXXXXX")"
APP_PID=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  pg_stop "$PG_TMP" || true
  rm -rf "$PG_TMP"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
dotnet publish src/IocDashboard.Web -c Release -o "$OUT/web" --nologo -v quiet >/dev/null
dotnet build bench/IocDashboard.Bench -c Release -o "$OUT/bench" --nologo -v quiet >/dev/null

pg_ensure_installed
PORT_PG="$(pg_free_port)"
# Durable settings as in ./run.sh: the load is measured as a user would see it.
pg_start "$PG_TMP" "$PORT_PG"
"$(pg_bindir)/psql" -h 127.0.0.1 -p "$PORT_PG" -U postgres -qc "create database ioc_bench" >/dev/null
export ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=ioc_bench"

dotnet "$OUT/web/IocDashboard.Web.dll" migrate >/dev/null
dotnet "$OUT/web/IocDashboard.Web.dll" seed | grep '^seed:'

APP_PORT="$(pg_free_port)"
dotnet "$OUT/web/IocDashboard.Web.dll" --urls "http://127.0.0.1:$APP_PORT" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$APP_PORT/health" >/dev/null 2>&1 && break
  sleep 0.3
done

dotnet "$OUT/bench/IocDashboard.Bench.dll" api-latency "http://127.0.0.1:$APP_PORT" "/api/dossiers/summary?from=2024-01-01&to=2024-09-30" 100
dotnet "$OUT/bench/IocDashboard.Bench.dll" api-latency "http://127.0.0.1:$APP_PORT" "/api/dossiers/summary?from=2020-06-11&to=2020-09-09&level=province,district" 100
