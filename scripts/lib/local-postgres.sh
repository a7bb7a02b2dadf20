# The project's local PostgreSQL clusters, loopback only, each on a free port chosen once and kept, never run as
# root. Source this file, then call one of:
#   start_local_postgres  the cluster scripts/run uses, in .local/postgres: it keeps its data across crashes
#                         (fsync and synchronous_commit on, also on a cluster created before they were);
#   start_test_postgres   the tests' throwaway cluster, in .local/postgres-test: never the one above, and
#                         without fsync, as its data is made again by every run.
# Each sets LOCAL_POSTGRES_DIR, LOCAL_POSTGRES_PORT and LOCAL_POSTGRES_URL (a connection string without a database
# name). start_postgres_cluster DIR PORT_FILE DURABLE does the work for another data directory.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_POSTGRES_DIR="$REPO_ROOT/.local/postgres"
TEST_POSTGRES_DIR="$REPO_ROOT/.local/postgres-test"

find_pg_tool() {
  local tool="$1"
  if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
  local candidate
  for candidate in /usr/lib/postgresql/*/bin/"$tool"; do
    if [ -x "$candidate" ]; then echo "$candidate"; return; fi
  done
  echo "PostgreSQL's $tool was not found. Install PostgreSQL (Debian: apt-get install -y postgresql) or set ConnectionStrings__Default." >&2
  return 1
}

# Runs a PostgreSQL tool as the postgres user when we are root (initdb refuses root), as ourselves otherwise.
as_db_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Creates the cluster in DIR if it is not there (its port kept in PORT_FILE), starts it if it is not running, and
# sets fsync and synchronous_commit to DURABLE (on or off). A cluster that runs already gets them by a reload of its
# configuration, never a restart, so connections open on it carry on.
start_postgres_cluster() {
  local dir="$1" port_file="$2" durable="$3"
  local initdb pg_ctl psql
  initdb="$(find_pg_tool initdb)" || return 1
  pg_ctl="$(find_pg_tool pg_ctl)" || return 1
  psql="$(find_pg_tool psql)" || return 1
  mkdir -p "$(dirname "$dir")"

  if [ ! -f "$dir/PG_VERSION" ]; then
    echo "Creating a local PostgreSQL cluster in ${dir#"$REPO_ROOT"/} ..."
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$dir"
      # The postgres user must be able to reach the data directory through the repository's folders.
      local parent="$(dirname "$dir")"
      while [ "$parent" != "/" ]; do chmod o+x "$parent" 2>/dev/null || true; parent="$(dirname "$parent")"; done
    fi
    as_db_owner "$initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    free_port > "$port_file"
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "port = $(cat "$port_file")"
      echo "unix_socket_directories = '$dir'"
      echo "fsync = $durable"
      echo "synchronous_commit = $durable"
      echo "max_connections = 200"
    } | as_db_owner tee -a "$dir/postgresql.conf" >/dev/null
  fi

  LOCAL_POSTGRES_DIR="$dir"
  LOCAL_POSTGRES_PORT="$(cat "$port_file")"
  if ! as_db_owner "$pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    as_db_owner "$pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null
  fi

  # postgresql.auto.conf (ALTER SYSTEM) overrides postgresql.conf, so a cluster created with other values gets these.
  local sql=(-h 127.0.0.1 -p "$LOCAL_POSTGRES_PORT" -U postgres -d postgres -Atq)
  if [ "$(as_db_owner "$psql" "${sql[@]}" -c "SELECT current_setting('fsync') || current_setting('synchronous_commit')")" != "$durable$durable" ]; then
    as_db_owner "$psql" "${sql[@]}" -c "ALTER SYSTEM SET fsync = $durable" -c "ALTER SYSTEM SET synchronous_commit = $durable" -c "SELECT pg_reload_conf()" >/dev/null
    # The reload is asked of the postmaster; wait until a new session sees it.
    local tries=0
    until [ "$(as_db_owner "$psql" "${sql[@]}" -c "SELECT current_setting('fsync') || current_setting('synchronous_commit')")" = "$durable$durable" ]; do
      tries=$((tries + 1)); [ "$tries" -lt 50 ] || { echo "PostgreSQL in $dir did not take fsync = $durable." >&2; return 1; }
      sleep 0.1
    done
  fi

  LOCAL_POSTGRES_URL="Host=127.0.0.1;Port=$LOCAL_POSTGRES_PORT;Username=postgres"
  export LOCAL_POSTGRES_DIR LOCAL_POSTGRES_PORT LOCAL_POSTGRES_URL
}

start_local_postgres() {
  start_postgres_cluster "$REPO_ROOT/.local/postgres" "$REPO_ROOT/.local/postgres.port" on
}

start_test_postgres() {
  start_postgres_cluster "$TEST_POSTGRES_DIR" "$REPO_ROOT/.local/postgres-test.port" off
}

stop_postgres_cluster() {
  local dir="$1" pg_ctl
  pg_ctl="$(find_pg_tool pg_ctl)" || return 1
  if [ -f "$dir/PG_VERSION" ]; then
    as_db_owner "$pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
  fi
}

stop_local_postgres() { stop_postgres_cluster "$REPO_ROOT/.local/postgres"; }

stop_test_postgres() { stop_postgres_cluster "$TEST_POSTGRES_DIR"; }
