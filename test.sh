#!/usr/bin/env bash
# Build the solution, run every test project against a throwaway PostgreSQL, and end with the
# plain summary line `N passed, N failed[, N skipped]` computed from the .trx result files.
# Exit status: non-zero when the build fails, a test fails, the test run breaks, or no test ran.
# Environment:
#   RESULTS_DIR  where the .trx files go, one folder per test project (default ./TestResults,
#                emptied first and kept afterwards for inspection)
#   TEST_FILTER  optional `dotnet test --filter` expression, for a quick local subset
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
# shellcheck source=scripts/pg.sh
source "$ROOT/scripts/pg.sh"

SOLUTION="$ROOT/IocDashboard.sln"
RESULTS_DIR="$(realpath -m "${RESULTS_DIR:-$ROOT/TestResults}")"

# No MSBuild worker nodes left behind holding this script's output pipe open after the build.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

log() { printf '[test] %s\n' "$*" >&2; }

PG_TMP=""

cleanup_pg() {
  if [[ -n "$PG_TMP" ]]; then
    pg_stop "$PG_TMP" || log "PostgreSQL did not stop cleanly"
    rm -rf "$PG_TMP"
    PG_TMP=""
  fi
}

# Runs on every exit (including Ctrl-C and a failed build): never leave a server or temp dir behind.
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  cleanup_pg
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The end-to-end tests drive Debian's Chromium through Playwright with ExecutablePath=/usr/bin/chromium
# (no browser download): a fresh CI machine installs it unattended.
# shellcheck source=scripts/chromium.sh
source "$ROOT/scripts/chromium.sh"

# The solution's test projects: those that reference the test SDK.
list_test_projects() {
  local rel
  while IFS= read -r rel; do
    rel="${rel//\\//}" # Windows-style separators, should a listing ever use them
    [[ "$rel" == *.csproj && -f "$ROOT/$rel" ]] || continue
    if grep -q -e 'Microsoft.NET.Test.Sdk' -e '<IsTestProject>true' "$ROOT/$rel"; then
      printf '%s\n' "$ROOT/$rel"
    fi
  done < <(dotnet sln "$SOLUTION" list)
}

# Sum one attribute of the <Counters .../> element over every .trx file.
sum_counter() {
  local name="$1" total=0 file value
  while IFS= read -r file; do
    # `|| true`: a file without the element (a crashed run) counts as zero instead of aborting.
    value="$({ grep -o '<Counters [^>]*>' "$file" || true; } | head -n 1 |
      sed -n "s/.*[[:space:]]$name=\"\([0-9]*\)\".*/\1/p")"
    total=$((total + ${value:-0}))
  done < <(find "$RESULTS_DIR" -name '*.trx' -type f)
  printf '%s\n' "$total"
}

main() {
  log "dotnet build (Release)"
  if ! dotnet build "$SOLUTION" -c Release --nologo; then
    log "build failed"
    return 1
  fi

  ensure_chromium
  pg_ensure_installed
  PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/iocdashboard-test-pg.XXXXXX")"
  local pg_port
  pg_port="$(pg_free_port)"
  # Throwaway data: trade durability for speed.
  pg_start "$PG_TMP" "$pg_port" fsync=off full_page_writes=off synchronous_commit=off
  export IOC_TEST_PG
  IOC_TEST_PG="$(pg_connstr "$pg_port")"
  log "IOC_TEST_PG=$IOC_TEST_PG"

  rm -rf "$RESULTS_DIR"
  mkdir -p "$RESULTS_DIR"
  local projects=() project
  mapfile -t projects < <(list_test_projects)
  if ((${#projects[@]} == 0)); then
    log "no test project in $SOLUTION"
  fi

  # One `dotnet test` per test project, each with its own results directory: with LogFilePrefix
  # the trx name is only prefix_framework_yyyyMMddHHmmss, so two projects of one solution-wide run
  # finishing in the same second overwrite each other's file and the totals would lose tests.
  local test_rc=0 rc name args
  for project in "${projects[@]}"; do
    name="$(basename "$project" .csproj)"
    args=(test "$project" -c Release --no-build --nologo
      --logger "trx;LogFilePrefix=r" --results-directory "$RESULTS_DIR/$name")
    if [[ -n "${TEST_FILTER:-}" ]]; then args+=(--filter "$TEST_FILTER"); fi
    log "dotnet test $name"
    rc=0
    dotnet "${args[@]}" || rc=$?
    if ((rc != 0)); then test_rc=$rc; fi
  done

  # Stop PostgreSQL and the build servers now, so nothing prints after the summary line and no
  # process outlives the run (CI expects nothing left running).
  cleanup_pg
  if [[ -n "${CI:-}" ]]; then dotnet build-server shutdown >/dev/null 2>&1 || true; fi

  local trx_count passed failed skipped
  trx_count="$(find "$RESULTS_DIR" -name '*.trx' -type f | wc -l)"
  passed="$(sum_counter passed)"
  # error/timeout/aborted are failures too, whatever the runner calls them.
  failed=$(($(sum_counter failed) + $(sum_counter error) + $(sum_counter timeout) + $(sum_counter aborted)))
  # The VSTest trx logger leaves notExecuted at 0 for xunit's skipped tests but counts them in
  # total and not in executed, so take whichever of the two says more.
  skipped="$(sum_counter notExecuted)"
  local not_run=$(($(sum_counter total) - $(sum_counter executed)))
  if ((not_run > skipped)); then skipped=$not_run; fi

  local status=0
  if ((test_rc != 0)); then
    log "dotnet test exited with $test_rc"
    status=1
  fi
  if ((trx_count == 0)); then
    log "no .trx result file was written"
    status=1
  fi
  if ((failed > 0)); then status=1; fi
  if ((passed + failed == 0)); then
    log "no test ran"
    status=1
  fi

  if ((skipped > 0)); then
    printf '%s passed, %s failed, %s skipped\n' "$passed" "$failed" "$skipped"
  else
    printf '%s passed, %s failed\n' "$passed" "$failed"
  fi
  return "$status"
}

main "$@"
