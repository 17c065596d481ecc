# A throwaway PostgreSQL server for the tests, on loopback only. Source this file, then:
#   postgres_start   installs PostgreSQL from Debian's packages when it is missing, makes a new cluster
#                    in a temporary folder, starts it on 127.0.0.1 on a free port (from 55432 up) with
#                    its socket in that folder, creates a role and a database for the tests, and exports
#                    HUB_TEST_POSTGRES, the Npgsql connection string the tests read
#   postgres_stop    stops that server and deletes its folder (a no-op when none was started)
# When HUB_TEST_POSTGRES is already set, postgres_start uses that server and starts nothing. The tests
# create a database of their own per site (swrh_test_<guid>) and drop it afterwards, so the role needs
# CREATEDB. Nothing here is meant to last: the cluster skips fsync and trusts its own socket.
# Run by hand: source tests/postgres.sh && postgres_start && dotnet test tests/SexWorkResourceHub.Tests; postgres_stop

postgres_dir=""
postgres_bin=""

# Runs a PostgreSQL program as the cluster's owner: the postgres user when we are root (PostgreSQL
# refuses to run as root), ourselves otherwise.
postgres_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_find_bin() {
  postgres_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n $postgres_bin && -x $postgres_bin/initdb && -x $postgres_bin/pg_ctl ]]
}

postgres_start() {
  if [[ -n ${HUB_TEST_POSTGRES:-} ]]; then
    echo "postgres: using the server in HUB_TEST_POSTGRES"
    return 0
  fi

  if ! postgres_find_bin; then
    echo "postgres: installing PostgreSQL from Debian's packages"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq &&
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null ||
      { echo "postgres: apt-get install postgresql failed" >&2; return 1; }
    # Debian's package starts a cluster of its own on port 5432; these tests do not use it.
    postgres_find_bin || { echo "postgres: no initdb under /usr/lib/postgresql after installing" >&2; return 1; }
  fi

  postgres_dir=$(mktemp -d "${TMPDIR:-/tmp}/swrh-postgres.XXXXXX")
  [[ $(id -u) -eq 0 ]] && chown postgres: "$postgres_dir"
  local password port=55432
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  # Never echoed: the role's password reaches initdb through a file only the owner can read.
  (umask 077 && printf '%s\n' "$password" >"$postgres_dir/superuser-password")
  [[ $(id -u) -eq 0 ]] && chown postgres: "$postgres_dir/superuser-password"

  if ! postgres_as_owner "$postgres_bin/initdb" -D "$postgres_dir/data" -U postgres \
    --pwfile="$postgres_dir/superuser-password" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$postgres_dir/initdb.log" 2>&1; then
    echo "postgres: initdb failed:" >&2
    cat "$postgres_dir/initdb.log" >&2
    return 1
  fi

  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done

  # Every site under test holds a small connection pool of its own, so more connections than the default.
  # No autovacuum: each database lives for one test, and a worker still analysing one as the test drops
  # it made DROP DATABASE ... WITH (FORCE) fail (the test role may not end the worker's session).
  if ! postgres_as_owner "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$postgres_dir -c max_connections=300 -c autovacuum=off -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null; then
    echo "postgres: the server did not start:" >&2
    cat "$postgres_dir/server.log" >&2
    return 1
  fi

  if ! postgres_as_owner "$postgres_bin/psql" -h "$postgres_dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE swrh_test LOGIN CREATEDB PASSWORD '$password'" \
    -c "CREATE DATABASE swrh_test OWNER swrh_test" >/dev/null; then
    echo "postgres: could not create the test role and database" >&2
    return 1
  fi

  export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=swrh_test;Password=$password;Database=swrh_test"
  echo "postgres: $("$postgres_bin/postgres" --version) on 127.0.0.1:$port (folder $postgres_dir)"
}

postgres_stop() {
  if [[ -n $postgres_dir && -d $postgres_dir ]]; then
    postgres_as_owner "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -m fast -w -t 60 stop >/dev/null 2>&1
    rm -rf "$postgres_dir"
    unset HUB_TEST_POSTGRES
  fi
  postgres_dir=""
}
