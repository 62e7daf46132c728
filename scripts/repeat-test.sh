#!/usr/bin/env bash
# Runs the integration tests matching a filter N times in a row against one throwaway PostgreSQL, after one
# build, and ends with `N passed, N failed` over the runs: for proving that a timing-sensitive test holds.
#   scripts/repeat-test.sh 20 'FullyQualifiedName~ClusterTests'
# Each run's output goes to $RESULTS_DIR/repeat-<i>.log (default ./TestResults/repeat).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=pg.sh
source "$ROOT/scripts/pg.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

(($# == 2)) || { echo "usage: $0 TIMES FILTER" >&2; exit 2; }
TIMES="$1" FILTER="$2"
PROJECT="$ROOT/tests/IocDashboard.Integration.Tests/IocDashboard.Integration.Tests.csproj"
LOGS="${RESULTS_DIR:-$ROOT/TestResults}/repeat"
mkdir -p "$LOGS"

dotnet build "$PROJECT" -c Release --nologo -v quiet || exit 1
pg_ensure_installed
PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/iocdashboard-repeat-pg.XXXXXX")"
trap 'pg_stop "$PG_TMP"; rm -rf "$PG_TMP"' EXIT
port="$(pg_free_port)"
pg_start "$PG_TMP" "$port" fsync=off full_page_writes=off synchronous_commit=off
export IOC_TEST_PG
IOC_TEST_PG="$(pg_connstr "$port")"

passed=0 failed=0
for ((i = 1; i <= TIMES; i++)); do
  if dotnet test "$PROJECT" -c Release --no-build --nologo --filter "$FILTER" >"$LOGS/repeat-$i.log" 2>&1; then
    passed=$((passed + 1)) verdict=passed
  else
    failed=$((failed + 1)) verdict="FAILED (see $LOGS/repeat-$i.log)"
  fi
  echo "run $i: $verdict; load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "$passed passed, $failed failed"
((failed == 0))
