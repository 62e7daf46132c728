#!/usr/bin/env bash
# One command from a fresh checkout to a running IocDashboard on this machine:
#   ./run.sh                      (Ctrl-C stops the app and its PostgreSQL)
# Environment:
#   DATA_DIR  where PostgreSQL keeps the warehouse (default ./.data); kept between runs
#   PORT      HTTP port of the app on 127.0.0.1 (default 5080)
#   PG_PORT   PostgreSQL port (default: the one remembered in $DATA_DIR, else 5432 if free, else any free)
#   DB_NAME   database name (default ioc)
#   SIM_PORT  port of the source simulator on 127.0.0.1 (default 5090)
#   ADMIN_NAME  the first Admin's user name, made on the first start (default quantri)
#   SEED_DIRECT=1  load the seed history straight into the warehouse instead of pulling it from the
#             simulator through the connectors (the Step 1 path; faster, skips ingestion)
# The app pulls the history from the source simulator through its connectors (Hangfire recurring jobs). A
# second start reuses the data: the connectors resume from their watermarks.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
# shellcheck source=scripts/pg.sh
source "$ROOT/scripts/pg.sh"
# shellcheck source=scripts/chromium.sh
source "$ROOT/scripts/chromium.sh"

DATA_DIR="$(realpath -m "${DATA_DIR:-$ROOT/.data}")"
PORT="${PORT:-5080}"
DB_NAME="${DB_NAME:-ioc}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-120}"
PG_DIR="$DATA_DIR/pg"
PG_PORT_FILE="$DATA_DIR/pg-port"
# What the first start hands out (the first Admin's one-time password, a kiosk link per screen, an API token for
# scripts): only the owner may read it.
ACCESS_DIR="$DATA_DIR/access"
ADMIN_NAME="${ADMIN_NAME:-quantri}"
# Published (not just built) output: only publish copies wwwroot and the seed reference files next
# to the dll, and outside the Development environment the app serves static files from there.
APP_DIR="$ROOT/artifacts/run/web"
WEB_PROJECT="$ROOT/src/IocDashboard.Web/IocDashboard.Web.csproj"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '[run] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

APP_PID=""
SIM_PID=""
PG_STARTED=0

# Stop a background process politely (SIGTERM lets ASP.NET Core drain), then forcefully.
stop_pid() {
  local pid="$1" name="$2" i
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop in 15 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

# --- Source simulator ----------------------------------------------------------------------
# A separate process that plays the district and department systems (IocDashboard.SourceSimulator).
# Both sides need the same API key: one is generated per data directory and kept there, never in git.
SIM_PORT="${SIM_PORT:-5090}"
SIM_DIR="$ROOT/artifacts/run/simulator"
start_simulator() {
  local key_file="$DATA_DIR/source-api-key"
  [[ -s "$key_file" ]] || (umask 077 && head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$key_file")
  SOURCE_API_KEY="$(cat "$key_file")"
  pg_port_free "$SIM_PORT" || die "port $SIM_PORT is already in use (set SIM_PORT=... to use another)"
  log "publishing the source simulator (Release) to ${SIM_DIR#"$ROOT"/}"
  dotnet publish "$ROOT/src/IocDashboard.SourceSimulator/IocDashboard.SourceSimulator.csproj" -c Release -o "$SIM_DIR" --nologo -v quiet
  log "starting the source simulator on http://127.0.0.1:$SIM_PORT"
  (cd "$SIM_DIR" && exec env Simulator__ApiKey="$SOURCE_API_KEY" Logging__File__Path="$LOG_DIR/simulator.log" \
    dotnet IocDashboard.SourceSimulator.dll --urls "http://127.0.0.1:$SIM_PORT") &
  SIM_PID=$!
  export Ingestion__DefaultBaseUrl="http://127.0.0.1:$SIM_PORT" Ingestion__ApiKey="$SOURCE_API_KEY"
}
# The simulator generates its history (about 20 s) while the web app is published and migrated; wait for it here.
wait_for_simulator() {
  local deadline=$((SECONDS + HEALTH_TIMEOUT))
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$SIM_PORT/health" 2>/dev/null; do
    kill -0 "$SIM_PID" 2>/dev/null || die "the source simulator exited during start-up"
    ((SECONDS < deadline)) || die "the source simulator did not become ready within ${HEALTH_TIMEOUT}s"
    sleep 0.5
  done
}
stop_simulator() {
  stop_pid "$SIM_PID" "source simulator"
  SIM_PID=""
}
# --------------------------------------------------------------------------------------------

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$APP_PID" "app"
  APP_PID=""
  stop_simulator
  if ((PG_STARTED)); then
    log "stopping PostgreSQL"
    pg_stop "$PG_DIR" || log "PostgreSQL did not stop cleanly; see $PG_DIR/pg.log"
  fi
  exit "$rc"
}
trap cleanup EXIT
# Turn signals into a normal exit so the EXIT trap does the cleanup exactly once.
trap 'exit 130' INT
trap 'exit 143' TERM

is_port() { [[ "$1" =~ ^[0-9]+$ ]] && (($1 > 0 && $1 < 65536)); }

# Keep the PostgreSQL port stable across runs (written to $DATA_DIR) so tools and notes keep
# working, but move when something else took the remembered port: the data lives in the
# directory, not the port, so a new port loses nothing.
choose_pg_port() {
  if [[ -n "${PG_PORT:-}" ]]; then
    is_port "$PG_PORT" || die "PG_PORT=$PG_PORT is not a port number"
  elif [[ -f "$PG_PORT_FILE" ]]; then
    PG_PORT="$(tr -dc '0-9' <"$PG_PORT_FILE")"
    if ! is_port "$PG_PORT"; then
      PG_PORT=""
    elif ! pg_is_running "$PG_DIR" && ! pg_port_free "$PG_PORT"; then
      log "remembered PostgreSQL port $PG_PORT is taken by another process; choosing another"
      PG_PORT=""
    fi
  fi
  if [[ -z "${PG_PORT:-}" ]]; then
    if pg_port_free 5432; then PG_PORT=5432; else PG_PORT="$(pg_free_port)"; fi
  fi
  printf '%s\n' "$PG_PORT" >"$PG_PORT_FILE"
}

psql_admin() {
  "$(pg_bindir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

# `migrate` applies the schema inside an existing database; creating the database is ours.
ensure_database() {
  if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]]; then
    log "creating database $DB_NAME"
    psql_admin -c "CREATE DATABASE \"$DB_NAME\""
  fi
}

# Run a verb of the web host with the published directory as content root (as in the container).
web() {
  (cd "$APP_DIR" && dotnet IocDashboard.Web.dll "$@")
}

# The first start makes who may come in: the first Admin with a one-time password (changed at the first sign-in), a
# kiosk token per configured screen (its link opens that wall with no sign-in, for good), and a read-only Leader API
# token for scripts and the checks. Kept in $ACCESS_DIR (mode 700/600) and printed at every start.
first_start_access() {
  [[ -f "$ACCESS_DIR/done" ]] && return 0
  log "first start: the first Admin ($ADMIN_NAME), a kiosk link per wall screen and an API token for scripts"
  mkdir -p "$ACCESS_DIR"
  chmod 700 "$ACCESS_DIR"
  local out screen link stamp
  stamp="$(date +%Y%m%d%H%M%S)"
  # An account of that name from an older data directory gets a new one-time password rather than a failure.
  out="$(web create-admin "$ADMIN_NAME" 2>&1 || web create-admin "$ADMIN_NAME" --reset 2>&1)" || die "create-admin failed: $out"
  (umask 077 && sed -n 's/.* one-time password: //p' <<<"$out" >"$ACCESS_DIR/admin-one-time-password")
  [[ -s "$ACCESS_DIR/admin-one-time-password" ]] || die "create-admin printed no one-time password: $out"

  (umask 077 && : >"$ACCESS_DIR/kiosk-links")
  for screen in $(web list-screens | grep -E '^[A-Za-z0-9._-]+$'); do
    out="$(web create-kiosk-token "$screen" --name "run-sh-$stamp" 2>&1)" || die "create-kiosk-token $screen failed: $out"
    link="$(sed -n 's/^link: //p' <<<"$out")"
    [[ -n "$link" ]] || die "create-kiosk-token $screen printed no link: $out"
    printf '%s %s\n' "$screen" "$link" >>"$ACCESS_DIR/kiosk-links"
  done

  out="$(web create-api-token "scripts-$stamp" --role Leader 2>&1)" || die "create-api-token failed: $out"
  (umask 077 && grep -E '^ioc_api_' <<<"$out" >"$ACCESS_DIR/api-token")
  [[ -s "$ACCESS_DIR/api-token" ]] || die "create-api-token printed no token: $out"
  touch "$ACCESS_DIR/done"
}

# The sign-in and the links, at every start (the links stay good until an Admin revokes them on /admin/tokens).
say_access() {
  local screen link
  printf 'Sign-in and wall screens (kept in %s, readable by you only):\n' "$ACCESS_DIR"
  printf '  sign in     %s/account/login   user %s, one-time password %s\n' "$Urls" "$ADMIN_NAME" "$(cat "$ACCESS_DIR/admin-one-time-password")"
  printf '              (a new password is chosen at the first sign-in; the one-time password then no longer works)\n'
  while read -r screen link; do
    printf '  wall %-10s %s%s   (opens with no sign-in)\n' "$screen" "$Urls" "$link"
  done <"$ACCESS_DIR/kiosk-links"
  printf '  API token   IOC_API_TOKEN=$(cat %s)   (read-only, role Leader; Authorization: Bearer)\n\n' "$ACCESS_DIR/api-token"
}

wait_for_health() {
  local url="http://127.0.0.1:$PORT/health" deadline=$((SECONDS + HEALTH_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      wait "$APP_PID" || true
      die "the app exited during start-up (see its output above)"
    fi
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
      return 0
    fi
    sleep 0.5
  done
  die "no 200 from $url within ${HEALTH_TIMEOUT}s"
}

# What a user opens first, before anything else is printed.
say_addresses() {
  cat <<EOF
IocDashboard on this machine (ready once the warehouse has filled; progress below):
  home        http://127.0.0.1:$PORT/   (sign-in, and the walls' kiosk links, printed once it has started)

EOF
}

# Information logs go to files under the data directory; the terminal keeps warnings and errors (and the
# app's progress line while the warehouse fills).
quiet_logs() {
  LOG_DIR="$DATA_DIR/logs"
  mkdir -p "$LOG_DIR"
  export Logging__Console__LogLevel__Default=Warning Logging__File__Path="$LOG_DIR/app.log"
  log "logs: $LOG_DIR/app.log and $LOG_DIR/simulator.log (warnings and errors also here)"
}

main() {
  say_addresses
  command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is required"
  command -v curl >/dev/null || die "curl is required (apt-get install curl)"
  is_port "$PORT" || die "PORT=$PORT is not a port number"
  pg_port_free "$PORT" || die "port $PORT is already in use (set PORT=... to use another)"

  mkdir -p "$DATA_DIR"
  quiet_logs
  pg_ensure_installed
  ensure_chromium # the PDF reports are printed by Debian's Chromium
  choose_pg_port
  # Durable settings on purpose: this is the user's data, so no fsync=off here.
  # shellcheck disable=SC2046 # one NAME=VALUE per word
  pg_start "$PG_DIR" "$PG_PORT" $(pg_warehouse_settings)
  PG_STARTED=1
  ensure_database

  export ConnectionStrings__Warehouse
  ConnectionStrings__Warehouse="$(pg_connstr "$PG_PORT" "$DB_NAME")"
  export Urls="http://127.0.0.1:$PORT"
  # Archived reports live with the user's data and survive a new publish.
  export Reports__ArchiveDirectory="$DATA_DIR/reports"

  start_simulator

  log "publishing the web app (Release) to ${APP_DIR#"$ROOT"/}"
  dotnet publish "$WEB_PROJECT" -c Release -o "$APP_DIR" --nologo -v quiet

  log "migrate"
  web migrate
  if [[ "${SEED_DIRECT:-0}" == "1" ]]; then
    log "seed --if-empty (direct load of the seed history)"
    web seed --if-empty
    # A data directory filled by an older build gets the newer reference rows (a no-op after a fresh load).
    web seed --reference-only
  else
    # Only the dimensions the sources refer to; the facts come through the connectors. Upserted by code, so a
    # data directory filled by an older build gets the newer reference rows (new units, a unit's end).
    log "seed --reference-only"
    web seed --reference-only
  fi

  first_start_access
  wait_for_simulator

  say_access
  cat <<EOF

IocDashboard (Ctrl-C stops the app, the simulator and PostgreSQL):
  wall        $Urls/wall?screen=main     (signed in, or once opened from its kiosk link above; full screen: &kiosk=1)
  home        $Urls/   meeting $Urls/meeting   API reference $Urls/api-docs
  health      $Urls/health
  API         (Authorization: Bearer \$IOC_API_TOKEN, or signed in) $Urls/api/dossiers/summary?from=2024-01-01&to=2024-09-30
              $Urls/api/tasks/summary?asOf=2024-10-31   $Urls/api/indicators?asOf=2024-10-31
  sources     $Urls/api/sources   (freshness of every connector)
  job console $Urls/admin/jobs    Hangfire $Urls/admin/hangfire   quarantine $Urls/admin/quarantine
  Excel upload $Urls/admin/uploads
  reports     $Urls/reports   (archive in $DATA_DIR/reports)
  simulator   http://127.0.0.1:$SIM_PORT/api/sources (X-Api-Key in $DATA_DIR/source-api-key)
  PostgreSQL  psql -h 127.0.0.1 -p $PG_PORT -U postgres $DB_NAME
  data        $DATA_DIR (kept between runs; delete it to start over)

EOF
  log "starting the app on $Urls"
  (cd "$APP_DIR" && exec env Ingestion__ReportFillProgress=true dotnet IocDashboard.Web.dll) &
  APP_PID=$!
  wait_for_health

  # Foreground-ish: the app runs in the background so the traps can stop it and PostgreSQL.
  wait "$APP_PID"
}

main "$@"
