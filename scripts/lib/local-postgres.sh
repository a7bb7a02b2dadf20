# Starts (or finds) the project's throwaway PostgreSQL cluster: data in .local/postgres, loopback only,
# a free port chosen once and kept, never run as root. Source this file, then call start_local_postgres.
# It sets LOCAL_POSTGRES_PORT and LOCAL_POSTGRES_URL (a connection string without a database name).

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_POSTGRES_DIR="$REPO_ROOT/.local/postgres"

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

start_local_postgres() {
  local initdb pg_ctl
  initdb="$(find_pg_tool initdb)" || return 1
  pg_ctl="$(find_pg_tool pg_ctl)" || return 1
  mkdir -p "$REPO_ROOT/.local"

  if [ ! -f "$LOCAL_POSTGRES_DIR/PG_VERSION" ]; then
    echo "Creating a local PostgreSQL cluster in .local/postgres ..."
    mkdir -p "$LOCAL_POSTGRES_DIR"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$LOCAL_POSTGRES_DIR"
      # The postgres user must be able to reach the data directory through the repository's folders.
      local dir="$REPO_ROOT"
      while [ "$dir" != "/" ]; do chmod o+x "$dir" 2>/dev/null || true; dir="$(dirname "$dir")"; done
    fi
    as_db_owner "$initdb" -D "$LOCAL_POSTGRES_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    free_port > "$REPO_ROOT/.local/postgres.port"
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "port = $(cat "$REPO_ROOT/.local/postgres.port")"
      echo "unix_socket_directories = '$LOCAL_POSTGRES_DIR'"
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "max_connections = 200"
    } | as_db_owner tee -a "$LOCAL_POSTGRES_DIR/postgresql.conf" >/dev/null
  fi

  LOCAL_POSTGRES_PORT="$(cat "$REPO_ROOT/.local/postgres.port")"
  if ! as_db_owner "$pg_ctl" -D "$LOCAL_POSTGRES_DIR" status >/dev/null 2>&1; then
    as_db_owner "$pg_ctl" -D "$LOCAL_POSTGRES_DIR" -l "$LOCAL_POSTGRES_DIR/server.log" -w -t 60 start >/dev/null
  fi
  LOCAL_POSTGRES_URL="Host=127.0.0.1;Port=$LOCAL_POSTGRES_PORT;Username=postgres"
  export LOCAL_POSTGRES_PORT LOCAL_POSTGRES_URL
}

stop_local_postgres() {
  local pg_ctl
  pg_ctl="$(find_pg_tool pg_ctl)" || return 1
  if [ -f "$LOCAL_POSTGRES_DIR/PG_VERSION" ]; then
    as_db_owner "$pg_ctl" -D "$LOCAL_POSTGRES_DIR" -m fast stop >/dev/null 2>&1 || true
  fi
}
