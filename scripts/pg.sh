# shellcheck shell=bash
# Helpers for a private PostgreSQL cluster that lives in a directory of ours.
# Sourced by run.sh (durable data under ./.data) and test.sh (throwaway cluster in a temp dir).
#
#   pg_ensure_installed            install Debian's postgresql when no initdb can be found
#   pg_bindir                      print the directory holding initdb/pg_ctl/psql
#   pg_port_free PORT              succeed when nothing listens on 127.0.0.1:PORT
#   pg_free_port                   print a port nothing listens on
#   pg_start DIR PORT [NAME=VALUE] initdb DIR/data once, then start it (extra NAME=VALUE -> -c NAME=VALUE)
#   pg_is_running DIR              succeed when the cluster in DIR/data is up
#   pg_stop DIR                    fast shutdown; a no-op when it is not running
#   pg_connstr PORT [DATABASE]     print an Npgsql connection string for the cluster
#   pg_warehouse_settings          print the NAME=VALUE settings of a warehouse server (run.sh, the benches)
#
# Layout of DIR: data/ (the cluster), sock/ (its unix socket), pg.log (server log), initdb.log.
# The cluster listens on 127.0.0.1 only and trusts every local connection: it is a developer's or
# CI's private server, never a shared one.

_pg_log() { printf '[pg] %s\n' "$*" >&2; }

_pg_is_root() { [[ "$(id -u)" -eq 0 ]]; }

# initdb refuses to run as root, so as root every server-side command runs as the postgres user.
_pg_as_owner() {
  if _pg_is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Print the first directory that has an initdb binary; fail (silently) when there is none.
# Debian keeps the server binaries off PATH, so look at the versioned directories first.
pg_bindir() {
  local dir candidates=()
  candidates+=(/usr/lib/postgresql/15/bin)
  if command -v pg_config >/dev/null 2>&1; then
    candidates+=("$(pg_config --bindir 2>/dev/null || true)")
  fi
  # Any other installed major version, newest first.
  local versioned
  versioned="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5 -rn)"
  while IFS= read -r dir; do candidates+=("$dir"); done <<<"$versioned"
  if command -v initdb >/dev/null 2>&1; then
    candidates+=("$(dirname "$(command -v initdb)")")
  fi
  for dir in "${candidates[@]}"; do
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      printf '%s\n' "$dir"
      return 0
    fi
  done
  return 1
}

# Install PostgreSQL only when it is absent; unattended because CI has no terminal.
pg_ensure_installed() {
  if pg_bindir >/dev/null; then
    return 0
  fi
  _pg_log "no initdb found: installing postgresql with apt-get"
  local sudo=()
  if ! _pg_is_root; then
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
  # Debian's package starts its own cluster on 5432; ours are separate, so leave that one alone.
  pg_bindir >/dev/null || { _pg_log "postgresql installed but initdb still not found"; return 1; }
}

# A connection attempt tells whether something listens; bash's /dev/tcp needs no extra tool.
pg_port_free() {
  local port="$1"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    return 1
  fi
  return 0
}

# Start from a random point so that parallel runs (two worktrees, CI beside a dev) rarely collide.
pg_free_port() {
  local port tries
  port=$((20000 + RANDOM % 10000))
  for ((tries = 0; tries < 200; tries++)); do
    if pg_port_free "$port"; then
      printf '%s\n' "$port"
      return 0
    fi
    port=$((port + 1))
    if ((port > 29999)); then port=20000; fi
  done
  _pg_log "no free port found in 20000-29999"
  return 1
}

# As root the postgres user must be able to reach DIR: grant traverse (o+x, not read) on any
# parent that lacks it, e.g. a checkout under /root. Reported so it is never a silent change.
_pg_make_traversable() {
  local dir="$1" parent
  parent="$(dirname "$dir")"
  while [[ "$parent" != "/" ]]; do
    if ! runuser -u postgres -- test -x "$parent"; then
      _pg_log "granting o+x on $parent so the postgres user can reach $dir"
      chmod o+x "$parent"
    fi
    parent="$(dirname "$parent")"
  done
}

pg_is_running() {
  local dir bindir
  dir="$(realpath -m "$1")"
  [[ -f "$dir/data/postmaster.pid" ]] || return 1
  bindir="$(pg_bindir)" || return 1
  _pg_as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

pg_start() {
  if (($# < 2)); then
    _pg_log "usage: pg_start DIR PORT [NAME=VALUE ...]"
    return 2
  fi
  local dir port bindir
  dir="$(realpath -m "$1")"
  port="$2"
  shift 2
  # pg_ctl hands -o to /bin/sh, so values are single-quoted below; a quote in the path would break that.
  if [[ "$dir" == *"'"* ]]; then
    _pg_log "refusing a cluster directory containing a single quote: $dir"
    return 2
  fi
  bindir="$(pg_bindir)" || { _pg_log "PostgreSQL is not installed (run pg_ensure_installed)"; return 1; }

  mkdir -p "$dir/sock"
  if _pg_is_root; then
    _pg_make_traversable "$dir"
    chown postgres: "$dir" "$dir/sock"
    chmod 700 "$dir"
    # A data directory left by another owner (e.g. a copy) would make the server refuse to start.
    if [[ -d "$dir/data" ]]; then chown -R postgres: "$dir/data"; fi
    if [[ -f "$dir/pg.log" ]]; then chown postgres: "$dir/pg.log"; fi
  fi

  if [[ ! -d "$dir/data" ]]; then
    _pg_log "initdb $dir/data"
    if ! _pg_as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2
      return 1
    fi
  fi

  if pg_is_running "$dir"; then
    # e.g. a previous run.sh was killed with -9 and its trap never ran: reuse that server.
    _pg_log "cluster in $dir already running; reusing it"
    return 0
  fi

  # A unix socket path is limited to ~107 bytes; when DIR is too deep, go TCP-only rather than fail.
  local sockdir="$dir/sock"
  if ((${#sockdir} + 20 > 107)); then
    _pg_log "socket path too long, disabling the unix socket (TCP on 127.0.0.1 only)"
    sockdir=""
  fi

  # jit=off: JIT compilation adds ~50 ms to every analytic query of this size for no gain.
  local opts="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='$sockdir' -c jit=off"
  local setting
  for setting in "$@"; do
    if [[ "$setting" != *=* || "$setting" == *"'"* ]]; then
      _pg_log "bad setting '$setting' (expected NAME=VALUE without quotes)"
      return 2
    fi
    opts+=" -c ${setting%%=*}='${setting#*=}'"
  done

  if ! _pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/pg.log" -w -t 60 -o "$opts" start >/dev/null; then
    _pg_log "PostgreSQL failed to start on port $port; tail of $dir/pg.log:"
    tail -n 30 "$dir/pg.log" >&2 || true
    return 1
  fi
  _pg_log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') up on 127.0.0.1:$port (data in $dir/data)"
}

# Memory and checkpoint settings for the warehouse, as its loads and the wall's queries need them. PostgreSQL's
# defaults (128 MB of shared buffers, a checkpoint every 1 GB of WAL) are sized for a small shared machine: with
# them merges evicted dirty buffers themselves and an initial sync took 10-15% longer. Shared buffers are
# a quarter of the memory up to 1 GB (the full history with its indexes is about 700 MB).
pg_warehouse_settings() {
  local mem_mb shared_mb
  mem_mb="$(awk '/MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)"
  shared_mb=$((mem_mb / 4))
  ((shared_mb > 1024)) && shared_mb=1024
  ((shared_mb < 128)) && shared_mb=128
  printf '%s\n' "shared_buffers=${shared_mb}MB" temp_buffers=64MB max_wal_size=4GB checkpoint_timeout=15min
}

pg_stop() {
  local dir bindir
  dir="$(realpath -m "$1")"
  [[ -f "$dir/data/postmaster.pid" ]] || return 0
  bindir="$(pg_bindir)" || return 0
  if pg_is_running "$dir"; then
    # fast: roll back open sessions and shut down cleanly (a checkpoint, so data stays durable).
    _pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
  fi
}

pg_connstr() {
  local port="$1" db="${2:-}"
  local cs="Host=127.0.0.1;Port=$port;Username=postgres"
  if [[ -n "$db" ]]; then cs+=";Database=$db"; fi
  printf '%s\n' "$cs"
}
