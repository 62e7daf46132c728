# shellcheck shell=bash
# Debian's Chromium at /usr/bin/chromium: the browser the end-to-end tests drive through Playwright
# (ExecutablePath; no browser is ever downloaded) and the one the app prints its PDF reports with.
# A fresh machine installs it unattended. Sourced by run.sh and test.sh; expects a log function.
ensure_chromium() {
  [[ -x /usr/bin/chromium ]] && return 0
  log "installing chromium (Debian's package)"
  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then sudo=(sudo); fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
}
