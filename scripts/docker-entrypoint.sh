#!/usr/bin/env bash
# Container entry point (docker/Dockerfile): bring the schema up to date, load the seed history
# into an empty warehouse, then serve. ConnectionStrings__Warehouse and ASPNETCORE_URLS come from
# the environment (compose.yaml). With arguments, runs that verb alone, e.g. `... app migrate`.
set -euo pipefail

cd /app
DLL=IocDashboard.Web.dll

if (($# > 0)); then
  exec dotnet "$DLL" "$@"
fi

# compose waits for the db healthcheck, but a database restarting or a host without compose may
# still refuse the first connection: retry migrate a few times before giving up.
attempt=1
until dotnet "$DLL" migrate; do
  if ((attempt >= 10)); then
    echo "[entrypoint] migrate failed $attempt times; giving up" >&2
    exit 1
  fi
  echo "[entrypoint] migrate failed (attempt $attempt); retrying in 3 s" >&2
  attempt=$((attempt + 1))
  sleep 3
done

dotnet "$DLL" seed --if-empty
# A volume filled by an older image gets the newer reference rows (upserted by code; a no-op otherwise).
dotnet "$DLL" seed --reference-only
# exec: the app replaces this shell as PID 1, so `docker stop` (SIGTERM) reaches it directly.
exec dotnet "$DLL"
