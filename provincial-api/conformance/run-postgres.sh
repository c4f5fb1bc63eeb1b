#!/usr/bin/env bash
# Runs the conformance suite (and the small exactly-once pull check) against a real PostgreSQL.
#
#   provincial-api/conformance/run-postgres.sh            use DATABASE_URL if set, else a throwaway cluster
#   provincial-api/conformance/run-postgres.sh --install  apt-get install Debian's postgresql first if missing
#   provincial-api/conformance/run-postgres.sh --pull-check [pull-check options]
#                                        run scripts/pull-check.ts (20,000 staff / 100,000 claims) instead
#
# Without DATABASE_URL it creates a private cluster in a temporary folder (initdb as the
# `postgres` user, trust auth, loopback only, its own port), runs the tests, then stops and
# deletes it; the system's own clusters are never touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$PATH"

install=0
pull_check=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --install) install=1; shift ;;
    --pull-check) pull_check=1; shift; break ;;
    *) echo "未知参数：$1" >&2; exit 2 ;;
  esac
done

if [[ "$install" == 1 ]] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi

run_suite() {
  if [[ "$pull_check" == 1 ]]; then
    node provincial-api/scripts/pull-check.ts "$@"
  else
    vitest run provincial-api/conformance provincial-api/check
  fi
}

if [[ -n "${DATABASE_URL:-}" ]]; then
  run_suite "$@"
  exit $?
fi

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [[ -z "$bin" ]]; then
  echo "未找到 PostgreSQL：请加 --install 参数，或设置 DATABASE_URL。" >&2
  exit 2
fi
dir="$(mktemp -d /tmp/provincial-api-pg.XXXXXX)"
port="${PGPORT_TEST:-55432}"
chown postgres "$dir" 2>/dev/null || true
as_postgres() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $DATABASE_URL" >&2
run_suite "$@"
