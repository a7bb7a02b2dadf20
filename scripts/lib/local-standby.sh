# A streaming standby of a local primary (scripts/lib/local-postgres.sh), loopback only, on a free port chosen once and
# kept, never run as root. Source this file, then call one of:
#   start_local_standby   a standby of the cluster scripts/run uses (.local/postgres), in .local/postgres-standby;
#   start_test_standby    a standby of the tests' cluster (.local/postgres-test), in .local/postgres-test-standby.
# Each starts its primary first when it is not running, and sets LOCAL_STANDBY_DIR, LOCAL_STANDBY_PORT and
# LOCAL_STANDBY_URL (a connection string without a database name), and prints LOCAL_STANDBY_URL.
# stop_local_standby / stop_test_standby stop it (its data and replication slot stay, so it catches up when started
# again); remove_standby DIR also drops its slot on the primary and its data.
# start_standby_of PRIMARY_PORT DIR PORT_FILE does the work for any primary reachable on 127.0.0.1:PRIMARY_PORT as the
# postgres superuser (the tests use it for the server TEST_POSTGRES names).
#
# The standby is made by pg_basebackup -R (primary_conninfo and standby.signal written for it), streams through a
# physical replication slot of its own (the primary keeps the WAL it has not received, so a stopped standby catches up)
# as a role that may only replicate (standby_replication), and answers reads (hot_standby).

# shellcheck source=local-postgres.sh
source "$(dirname "${BASH_SOURCE[0]}")/local-postgres.sh"

STANDBY_ROLE=standby_replication

# The slot's name, from the standby's folder: one slot per standby, so two standbys of one primary never share one.
standby_slot_name() {
  local name
  name="$(basename "$1" | tr -c 'a-z0-9_\n' '_')"
  echo "standby_${name}"
}

standby_primary_sql() {
  local port="$1"; shift
  as_db_owner "$(find_pg_tool psql)" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atq -v ON_ERROR_STOP=1 "$@"
}

# What the primary needs to serve a standby, made idempotently: a role that may replicate, a replication entry in
# pg_hba.conf for it on loopback, WAL fit for a standby and a slot for this one.
prepare_primary_for_standby() {
  local port="$1" slot="$2"
  local level senders
  level="$(standby_primary_sql "$port" -c "SHOW wal_level")" || return 1
  senders="$(standby_primary_sql "$port" -c "SHOW max_wal_senders")" || return 1
  if [ "$level" = minimal ] || [ "$senders" -lt 2 ]; then
    echo "The primary on port $port has wal_level = $level and max_wal_senders = $senders; a standby needs wal_level = replica and max_wal_senders >= 2 (set them and restart it)." >&2
    return 1
  fi
  standby_primary_sql "$port" -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$STANDBY_ROLE') THEN CREATE ROLE $STANDBY_ROLE WITH LOGIN REPLICATION; END IF;
    END \$\$" >/dev/null || return 1
  # initdb's pg_hba.conf lets every role replicate from 127.0.0.1; a primary without such a line gets one for the role.
  if [ -z "$(standby_primary_sql "$port" -c "SELECT 1 FROM pg_hba_file_rules WHERE type = 'host' AND 'replication' = ANY(database) AND (user_name && ARRAY['all', '$STANDBY_ROLE']) AND address IN ('127.0.0.1', 'samehost', 'all') LIMIT 1")" ]; then
    local hba
    hba="$(standby_primary_sql "$port" -c "SHOW hba_file")"
    if ! echo "host    replication     $STANDBY_ROLE     127.0.0.1/32            trust" | as_db_owner tee -a "$hba" >/dev/null; then
      echo "The primary on port $port allows no replication from 127.0.0.1 and its $hba cannot be changed here." >&2
      return 1
    fi
    standby_primary_sql "$port" -c "SELECT pg_reload_conf()" >/dev/null
  fi
  standby_primary_sql "$port" -c "SELECT pg_create_physical_replication_slot('$slot') WHERE NOT EXISTS (SELECT FROM pg_replication_slots WHERE slot_name = '$slot')" >/dev/null
}

start_standby_of() {
  local primary_port="$1" dir="$2" port_file="$3"
  local pg_ctl pg_basebackup pg_controldata slot
  pg_ctl="$(find_pg_tool pg_ctl)" || return 1
  pg_basebackup="$(find_pg_tool pg_basebackup)" || return 1
  pg_controldata="$(find_pg_tool pg_controldata)" || return 1
  slot="$(standby_slot_name "$dir")"
  prepare_primary_for_standby "$primary_port" "$slot" || return 1

  # A standby of another primary (the primary's folder was made again) is made again too.
  if [ -f "$dir/PG_VERSION" ]; then
    local primary_id standby_id
    primary_id="$(standby_primary_sql "$primary_port" -c "SELECT system_identifier FROM pg_control_system()")"
    standby_id="$(as_db_owner "$pg_controldata" -D "$dir" | awk -F': *' '/Database system identifier/ { print $2 }')"
    if [ "$primary_id" != "$standby_id" ]; then
      echo "The standby in ${dir#"$REPO_ROOT"/} is of another primary; making it again ..."
      as_db_owner "$pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
      rm -rf "$dir"
    fi
  fi

  if [ ! -f "$dir/PG_VERSION" ]; then
    echo "Making a standby of the PostgreSQL on port $primary_port in ${dir#"$REPO_ROOT"/} ..."
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$dir"
      local parent="$(dirname "$dir")"
      while [ "$parent" != "/" ]; do chmod o+x "$parent" 2>/dev/null || true; parent="$(dirname "$parent")"; done
    fi
    # -R writes primary_conninfo (and primary_slot_name) into postgresql.auto.conf and creates standby.signal.
    # (The primary's socket in its data folder is skipped, with a warning that tells nothing.)
    local backup_status
    as_db_owner "$pg_basebackup" -d "host=127.0.0.1 port=$primary_port user=$STANDBY_ROLE application_name=$slot" \
      -D "$dir" -R -X stream -S "$slot" -c fast 2>&1 >/dev/null | { grep -v 'skipping special file' >&2 || true; }
    backup_status="${PIPESTATUS[0]}"
    if [ "$backup_status" -ne 0 ]; then
      rm -rf "$dir"
      echo "pg_basebackup from the primary on port $primary_port failed." >&2
      return 1
    fi
    [ -f "$port_file" ] || free_port > "$port_file"
    # The copied postgresql.conf names the primary's port and socket folder; the standby has its own.
    rm -f "$dir/server.log"
    {
      echo "# The standby's own (scripts/lib/local-standby.sh)"
      echo "listen_addresses = '127.0.0.1'"
      echo "port = $(cat "$port_file")"
      echo "unix_socket_directories = '$dir'"
      echo "hot_standby = on"
      echo "hot_standby_feedback = on"
    } | as_db_owner tee -a "$dir/postgresql.conf" >/dev/null
  fi

  LOCAL_STANDBY_DIR="$dir"
  LOCAL_STANDBY_PORT="$(cat "$port_file")"
  if ! as_db_owner "$pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    as_db_owner "$pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null || {
      echo "The standby in $dir did not start; see $dir/server.log." >&2
      return 1
    }
  fi

  # Ready when it answers reads in recovery and its WAL receiver streams from the primary.
  local tries=0 state=""
  until [ "$state" = "truestreaming" ]; do
    state="$(as_db_owner "$(find_pg_tool psql)" -h 127.0.0.1 -p "$LOCAL_STANDBY_PORT" -U postgres -d postgres -Atq \
      -c "SELECT pg_is_in_recovery()::text || coalesce((SELECT status FROM pg_stat_wal_receiver), '')" 2>/dev/null || true)"
    tries=$((tries + 1))
    if [ "$tries" -gt 300 ]; then
      echo "The standby on port $LOCAL_STANDBY_PORT does not stream from the primary (state: ${state:-no answer}); see $dir/server.log." >&2
      return 1
    fi
    [ "$state" = "truestreaming" ] || sleep 0.1
  done

  LOCAL_STANDBY_URL="Host=127.0.0.1;Port=$LOCAL_STANDBY_PORT;Username=postgres"
  export LOCAL_STANDBY_DIR LOCAL_STANDBY_PORT LOCAL_STANDBY_URL
  echo "$LOCAL_STANDBY_URL"
}

start_local_standby() {
  start_local_postgres || return 1
  start_standby_of "$LOCAL_POSTGRES_PORT" "$REPO_ROOT/.local/postgres-standby" "$REPO_ROOT/.local/postgres-standby.port"
}

start_test_standby() {
  start_test_postgres || return 1
  start_standby_of "$LOCAL_POSTGRES_PORT" "$REPO_ROOT/.local/postgres-test-standby" "$REPO_ROOT/.local/postgres-test-standby.port"
}

stop_local_standby() { stop_postgres_cluster "$REPO_ROOT/.local/postgres-standby"; }

stop_test_standby() { stop_postgres_cluster "$REPO_ROOT/.local/postgres-test-standby"; }

# Stops the standby in DIR, drops its slot on the primary on PRIMARY_PORT (which then keeps no WAL for it) and its data.
remove_standby() {
  local dir="$1" primary_port="$2" slot
  slot="$(standby_slot_name "$dir")"
  stop_postgres_cluster "$dir"
  standby_primary_sql "$primary_port" -c "SELECT pg_drop_replication_slot('$slot') FROM pg_replication_slots WHERE slot_name = '$slot' AND NOT active" >/dev/null || true
  rm -rf "$dir"
}
