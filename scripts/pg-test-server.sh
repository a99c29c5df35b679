#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS server for the store tests, in its own folder on a free port.
#
#   scripts/pg-test-server.sh start DIR   # prints the postgres:// URL of a database with PostGIS
#   scripts/pg-test-server.sh stop DIR
#
# It never touches the machine's own clusters: the data, the socket and the log live in DIR. The
# server listens on 127.0.0.1 only and asks for a random password (scram-sha-256), so no other
# local user gets in. As root it runs the server as the `postgres` user, since initdb and postgres
# refuse to run as root. Needs Debian's postgresql and postgresql-15-postgis-3 (or another version).
set -euo pipefail

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
	echo "usage: $0 start|stop DIR" >&2
	exit 2
fi

bindir=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
	echo "$0: no PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)" >&2
	exit 1
fi

# Runs a command as the server's owner: the postgres user when we are root, else ourselves.
as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
	chmod 700 "$dir"
	password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
	port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
	as_owner bash -c "umask 077; printf '%s\n' '$password' > '$dir/pwfile'"
	as_owner "$bindir/initdb" -D "$dir/data" -U claimsmap --pwfile="$dir/pwfile" \
		--auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --no-locale >"$dir/initdb.log"
	as_owner rm -f "$dir/pwfile"
	as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=100" \
		start >/dev/null
	url="postgres://claimsmap:$password@127.0.0.1:$port/claimsmap_test"
	PGPASSWORD=$password "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U claimsmap -d postgres \
		-v ON_ERROR_STOP=1 -c 'CREATE DATABASE claimsmap_test' >/dev/null
	PGPASSWORD=$password "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U claimsmap -d claimsmap_test \
		-v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS postgis' >/dev/null
	echo "$url"
	;;
stop)
	if [ -d "$dir/data" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
	;;
*)
	echo "usage: $0 start|stop DIR" >&2
	exit 2
	;;
esac
