#!/usr/bin/env bash
# Step 3 soak: the wall page in Chromium on accelerated live data — the source simulator at 3,600× and
# every connector polling every 10 s — for a warm-up (see WallInChromium.WarmUp), then MINUTES (default
# 30) more, reporting the JS heap and the server's memory every minute, start against end with the range
# of the samples, and any console error. Usage: bench/soak.sh [MINUTES]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=../scripts/pg.sh
source "$ROOT/scripts/pg.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
MINUTES="${1:-30}"
OUT="$ROOT/artifacts/soak"
PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/iocdashboard-soak-pg.XXXXXX")"
APP_PID="" SIM_PID=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [[ -n "$SIM_PID" ]] && kill "$SIM_PID" 2>/dev/null && wait "$SIM_PID" 2>/dev/null
  pg_stop "$PG_TMP" || true
  rm -rf "$PG_TMP"
}
trap cleanup EXIT

dotnet publish src/IocDashboard.Web -c Release -o "$OUT/web" --nologo -v quiet >/dev/null
dotnet publish src/IocDashboard.SourceSimulator -c Release -o "$OUT/simulator" --nologo -v quiet >/dev/null
dotnet build bench/IocDashboard.Bench -c Release -o "$OUT/bench" --nologo -v quiet >/dev/null
pg_ensure_installed
PORT_PG="$(pg_free_port)"
# shellcheck disable=SC2046 # one NAME=VALUE per word
pg_start "$PG_TMP" "$PORT_PG" $(pg_warehouse_settings)
"$(pg_bindir)/psql" -h 127.0.0.1 -p "$PORT_PG" -U postgres -qc "create database ioc_soak" >/dev/null
export ConnectionStrings__Warehouse="Host=127.0.0.1;Port=$PORT_PG;Username=postgres;Database=ioc_soak"
(cd "$OUT/web" && dotnet IocDashboard.Web.dll migrate >/dev/null && dotnet IocDashboard.Web.dll seed --reference-only >/dev/null)
# The soak calls as a script: a read-only Admin API token, sent by its clients (bench/IocDashboard.Bench/BenchCaller.cs).
IOC_API_TOKEN="$(cd "$OUT/web" && dotnet IocDashboard.Web.dll create-api-token "soak-$(date +%s)" --role Admin | grep -E '^ioc_api_')"
export IOC_API_TOKEN

SIM_PORT="$(pg_free_port)" APP_PORT="$(pg_free_port)" KEY="soak-$RANDOM$RANDOM"
(cd "$OUT/simulator" && exec env Simulator__ApiKey="$KEY" Simulator__Speed=3600 dotnet IocDashboard.SourceSimulator.dll --urls "http://127.0.0.1:$SIM_PORT") >"$OUT/simulator.log" 2>&1 &
SIM_PID=$!
until curl -fs "http://127.0.0.1:$SIM_PORT/health" >/dev/null 2>&1; do sleep 0.3; done
every10s=()
for i in $(seq 0 12); do every10s+=("Ingestion__Sources__${i}__Cron=$(( (i * 3) % 10 ))/10 * * * * ?"); done
(cd "$OUT/web" && exec env Ingestion__DefaultBaseUrl="http://127.0.0.1:$SIM_PORT" Ingestion__ApiKey="$KEY" "${every10s[@]}" \
  dotnet IocDashboard.Web.dll --urls "http://127.0.0.1:$APP_PORT") >"$OUT/app.log" 2>&1 &
APP_PID=$!
until curl -fs "http://127.0.0.1:$APP_PORT/health" >/dev/null 2>&1; do sleep 0.5; done
# The initial sync of the history runs first; the soak measures the steady state on top of it.
until curl -fs -H "Authorization: Bearer $IOC_API_TOKEN" "http://127.0.0.1:$APP_PORT/api/tasks/summary?asOf=2024-10-31" | grep -q '"total":176'; do sleep 2; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
dotnet "$OUT/bench/IocDashboard.Bench.dll" wall-soak "http://127.0.0.1:$APP_PORT" "$MINUTES" "$APP_PID"
