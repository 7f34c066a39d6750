#!/usr/bin/env bash
# Runs the server tests against a throwaway PostgreSQL server on loopback:
# installs Debian's postgresql when missing (needs root, as in CI), starts a
# private cluster in a temporary directory, runs
# `node --import tsx --test server/test/*.test.ts` with DATABASE_URL set, then
# stops the cluster and deletes it. Exit status: the tests'.
set -uo pipefail
cd "$(dirname "$0")/../.."
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null || { echo "apt-get install postgresql failed"; exit 1; }
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
port=${PG_TEST_PORT:-55433}
dir=$(mktemp -d /tmp/news-pg.XXXXXX)
chown postgres "$dir"
as_postgres() { if [ "$(id -un)" = postgres ]; then bash -c "$1"; else su postgres -c "$1"; fi; }
stop() { as_postgres "$pgbin/pg_ctl -D $dir/data -m fast -w stop" >/dev/null 2>&1; rm -rf "$dir"; }
trap stop EXIT
as_postgres "$pgbin/initdb -D $dir/data -A trust -U postgres" >/dev/null || { echo "initdb failed"; exit 1; }
as_postgres "$pgbin/pg_ctl -D $dir/data -l $dir/log -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -w start" >/dev/null \
  || { echo "postgres did not start:"; cat "$dir/log"; exit 1; }
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" node --import tsx --test --test-reporter=spec server/test/*.test.ts
