# Shared by the benchmarks in scripts/bench.d/: settings, the service, the SMTP sink, the database,
# and the cleanup that stops them all. Sourced by scripts/bench, never run alone.

readonly D=scripts/bench.d
readonly PG=(-h 127.0.0.1 -p 5432 -U postgres)
export PGCONNECT_TIMEOUT=10

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# A whole number in [min, max], or die naming the setting.
number() { # name value min max
    [[ "$2" =~ ^[0-9]+$ ]] && [ "$2" -ge "$3" ] && [ "$2" -le "$4" ] \
        || die "$1 must be a whole number from $3 to $4 (got '$2')"
    printf '%s' "$2"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

psql_q() { psql "${PG[@]}" -X -q -v ON_ERROR_STOP=1 -A -t "$@"; }

# --- state shared with the cleanup trap ---------------------------------------------------------
svc_pid=""
svc_java=""
sink_pid=""
load_pid=""
bench_db=""

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    if [ -n "$load_pid" ] && kill -0 "$load_pid" 2>/dev/null; then
        kill -TERM "$load_pid" 2>/dev/null
        wait "$load_pid" 2>/dev/null
    fi
    if [ -n "$svc_pid" ] && kill -0 "$svc_pid" 2>/dev/null; then
        log "Stopping the service (pid $svc_pid)..."
        # The service runs in its own session and process group (setsid): end the whole group,
        # which also covers a Maven build still running under scripts/run.
        kill -TERM -- "-$svc_pid" 2>/dev/null || kill -TERM "$svc_pid" 2>/dev/null
        local i
        for i in $(seq 1 60); do
            kill -0 "$svc_pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$svc_pid" 2>/dev/null; then
            log "The service did not stop within 30 s: killing it."
            kill -KILL -- "-$svc_pid" 2>/dev/null || kill -KILL "$svc_pid" 2>/dev/null
        fi
        wait "$svc_pid" 2>/dev/null
    fi
    if [ -n "$sink_pid" ] && kill -0 "$sink_pid" 2>/dev/null; then
        log "Stopping the SMTP sink (pid $sink_pid)..."
        kill -TERM "$sink_pid" 2>/dev/null
        wait "$sink_pid" 2>/dev/null
    fi
    if [ -n "$bench_db" ]; then
        log "Dropping database $bench_db."
        psql_q -d postgres -c "drop database if exists \"$bench_db\" with (force)" \
            || printf 'bench: could not drop database %s; drop it by hand\n' "$bench_db" >&2
    fi
    exit "$rc"
}

# Runs a command in the background and waits for it, so that Ctrl-C and SIGTERM reach the trap
# at once; the command's output goes to the file given first.
run_logged() { # file command...
    local out=$1
    shift
    "$@" >"$out" 2>&1 &
    load_pid=$!
    local rc=0
    wait "$load_pid" || rc=$?
    load_pid=""
    return "$rc"
}


free_port() { # first from last
    local p
    for p in $(seq "$1" "$2"); do
        if ! port_in_use "$p"; then printf '%s' "$p"; return 0; fi
    done
    return 1
}

now_s() { date +%s.%N; }


# Settings and checks shared by the benchmarks; sets the globals they name (port, stamp, logs,
# start_timeout, build_timeout). Extra arguments name more tools the benchmark needs.
common_setup() { # name [tool...]
    local name=$1
    shift
    start_timeout=$(number BENCH_START_TIMEOUT "${BENCH_START_TIMEOUT:-180}" 10 1800)
    build_timeout=$(number BENCH_BUILD_TIMEOUT "${BENCH_BUILD_TIMEOUT:-900}" 10 3600)
    local tool
    for tool in psql pg_isready curl java mvn setsid openssl "$@"; do
        command -v "$tool" >/dev/null || die "$tool is needed and not installed"
    done
    pg_isready -q -h 127.0.0.1 -p 5432 -t 5 || die "PostgreSQL does not answer on 127.0.0.1:5432"
    psql_q -d postgres -c 'select 1' >/dev/null \
        || die "cannot log in to PostgreSQL on 127.0.0.1:5432 as postgres without a password"
    if [ -n "${BENCH_PORT:-}" ]; then
        port=$(number BENCH_PORT "$BENCH_PORT" 1024 65535)
        ! port_in_use "$port" || die "port $port is in use"
    else
        port=$(free_port 8089 8109) || die "no free port from 8089 to 8109; set BENCH_PORT"
    fi
    stamp=$(date +%Y%m%d%H%M%S)
    logs="target/bench/$name-$stamp"
    mkdir -p "$logs"

    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}
# common_setup, and the SMTP sink's port and jar.
mail_setup() { # name
    common_setup "$1"
    send_timeout=$(number BENCH_SEND_TIMEOUT "${BENCH_SEND_TIMEOUT:-900}" 10 7200)
    smtp_port=$(free_port 2525 2545) || die "no free port from 2525 to 2545 for the SMTP sink"
    # The sink: GreenMail standalone, the version the tests use, through Maven.
    local greenmail_version
    greenmail_version=$(sed -n '/<artifactId>greenmail-junit5<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p}' pom.xml)
    [ -n "$greenmail_version" ] || die "cannot read GreenMail's version from pom.xml"
    sink="target/bench-tools/greenmail-standalone-$greenmail_version.jar"
    if [ ! -f "$sink" ]; then
        log "Fetching GreenMail standalone $greenmail_version through Maven..."
        mvn -B -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$greenmail_version" \
            -DoutputDirectory=target/bench-tools -Dmdep.stripVersion=false
    fi
}

# Starts the SMTP sink on smtp_port: GreenMail (a full server that keeps and parses every message), or,
# given a file, CountingSink, which keeps nothing but each recipient as a line of that file: light enough
# not to be the ceiling of what it measures, and the copies per person can be counted.
start_sink() { # [copies-file]
    if [ -n "${1:-}" ]; then
        log "Starting the counting SMTP sink on 127.0.0.1:$smtp_port..."
        : >"$1"
        java "$D/CountingSink.java" "$smtp_port" "$1" </dev/null >"$logs/sink.log" 2>&1 &
    else
        log "Starting the SMTP sink on 127.0.0.1:$smtp_port..."
        java -Xmx1g -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.auth.disabled \
            -jar "$sink" </dev/null >"$logs/sink.log" 2>&1 &
    fi
    sink_pid=$!
    local deadline=$((SECONDS + 60))
    until port_in_use "$smtp_port"; do
        kill -0 "$sink_pid" 2>/dev/null || { tail -n 20 "$logs/sink.log" >&2; die "the SMTP sink stopped while starting"; }
        [ "$SECONDS" -lt "$deadline" ] || die "the SMTP sink did not listen within 60 s"
        sleep 0.5
    done
}

create_db() {
    bench_db="leads_bench_$stamp"
    psql_q -d postgres -c "create database \"$bench_db\"" || { bench_db=""; die "could not create the database"; }
    log "Database $bench_db created on 127.0.0.1:5432. Logs: $logs/"
}


# Starts the service on the bench database with extra NAME=value settings; sets url. Mail goes to
# the sink on smtp_port, or nowhere (a free port where nothing listens) when smtp_port is unset.
start_service() {
    [ -n "${smtp_port:-}" ] || smtp_port=$(free_port 2546 2565) || die "no free port from 2546 to 2565 to leave without an SMTP server"
    log "Starting the service on 127.0.0.1:$port (scripts/run; it builds the WAR first if needed)..."
    env LEADS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$bench_db" LEADS_DB_USER=postgres LEADS_DB_PASSWORD= \
        LEADS_PORT="$port" LEADS_SMTP_HOST=127.0.0.1 LEADS_SMTP_PORT="$smtp_port" "$@" \
        setsid scripts/run </dev/null >"$logs/service.log" 2>&1 &
    svc_pid=$!
    local deadline=$((SECONDS + build_timeout))
    # scripts/run (after a Maven build, itself a java) runs scripts/supervise, which runs Payara's JVM.
    until svc_java=$(pgrep -s "$svc_pid" -f -- '-jar [^ ]*payara-micro[^ ]*[.]jar' | head -n 1) && [ -n "$svc_java" ]; do
        kill -0 "$svc_pid" 2>/dev/null || { tail -n 30 "$logs/service.log" >&2; die "scripts/run stopped before starting Java"; }
        [ "$SECONDS" -lt "$deadline" ] || die "the build took more than ${build_timeout} s (BENCH_BUILD_TIMEOUT)"
        sleep 1
    done
    local started=$SECONDS
    url="http://127.0.0.1:$port"
    deadline=$((SECONDS + start_timeout))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/health/ready")" = 200 ]; do
        kill -0 "$svc_pid" 2>/dev/null || { tail -n 30 "$logs/service.log" >&2; die "the service stopped while starting"; }
        [ "$SECONDS" -lt "$deadline" ] || { tail -n 30 "$logs/service.log" >&2; die "not ready within ${start_timeout} s"; }
        sleep 1
    done
    # Another service may have taken the port meanwhile and answered for ours: ours must still run.
    kill -0 "$svc_pid" 2>/dev/null || { tail -n 30 "$logs/service.log" >&2; die "the service stopped while starting"; }
    log "Service ready after $((SECONDS - started)) s (pid $svc_pid)."
}

# Seconds the service's JIT compilers have spent so far (jstat, a JDK tool), or nothing without jstat.
jit_seconds() {
    command -v jstat >/dev/null && jstat -compiler "$svc_java" 2>/dev/null | awk 'NR == 2 { print $4 }'
}

# Runs a warm-up round (the command given) again and again until the service's JIT compilers have
# settled: in the last round they took under a tenth of one core. A fresh service compiles for minutes
# under load on two cores (about 40 % of its CPU while a campaign ran 90 s after the start): measured
# before that, a benchmark measures the compiler as much as the service. BENCH_WARMUP_MAX (300 s)
# caps it; without jstat one round is all. (Here intake took over three minutes to settle.)
warm_until_compiled() { # command...
    local max t0 before after start share
    max=$(number BENCH_WARMUP_MAX "${BENCH_WARMUP_MAX:-300}" 0 3600)
    t0=$SECONDS
    while :; do
        before=$(jit_seconds)
        start=$(now_s)
        "$@" || die "a warm-up round failed"
        after=$(jit_seconds)
        if [ -z "$before" ] || [ -z "$after" ]; then
            log "No jstat to watch the JIT: one warm-up round only."
            return 0
        fi
        share=$(awk -v a="$before" -v b="$after" -v s="$start" -v e="$(now_s)" \
            'BEGIN { printf "%.0f", 100 * (b - a) / (e - s) }')
        log "Warm-up round: the JIT compiled for $share % of a core."
        if [ "$share" -lt 10 ]; then
            log "The JIT has settled after $((SECONDS - t0)) s of warm-up."
            return 0
        fi
        if [ $((SECONDS - t0)) -ge "$max" ]; then
            log "The JIT had not settled after $((SECONDS - t0)) s (BENCH_WARMUP_MAX); measuring anyway."
            return 0
        fi
    done
}

# Waits until the outbox holds $2 finished messages matching the SQL condition $1; sets sent,
# finished and send_seconds (from the call).
await_sent() { # condition count
    local t0 t1 counts deadline=$((SECONDS + send_timeout))
    t0=$(now_s)
    while :; do
        counts=$(psql_q -d "$bench_db" -F ' ' -c "select count(*) filter (where state = 'SENT'),
            count(*) filter (where state not in ('QUEUED', 'HELD', 'SENDING')) from outbox_messages where $1")
        read -r sent finished <<<"$counts"
        [ "$finished" -lt "$2" ] || break
        kill -0 "$svc_pid" 2>/dev/null || { tail -n 30 "$logs/service.log" >&2; die "the service stopped while sending"; }
        [ "$SECONDS" -lt "$deadline" ] || die "only $finished of $2 finished within ${send_timeout} s (BENCH_SEND_TIMEOUT)"
        sleep 0.2
    done
    t1=$(now_s)
    send_seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
}

# The bare Jakarta Mail loop to the same sink; sets bare_seconds and bare_rate.
bare_loop() { # count
    log "Bare Jakarta Mail loop: $1 messages over one connection to the same sink, after as many unmeasured..."
    run_logged "$logs/bare.log" java -cp "$sink" "$D/BareMail.java" 127.0.0.1 "$smtp_port" "$1" \
        || { cat "$logs/bare.log" >&2; die "the bare loop failed"; }
    local -A b=()
    local key value
    while read -r _ key value; do b[$key]=$value; done < <(grep '^BENCH ' "$logs/bare.log")
    [ "${b[sent]:-0}" -eq "$1" ] || { cat "$logs/bare.log" >&2; die "the bare loop did not send every message"; }
    bare_seconds=${b[seconds]}
    bare_rate=${b[rate]}
}
# --- rights -------------------------------------------------------------------------------------
hmac() { # key message -> hex HMAC-SHA256, as the service's Secret.keyedHash
    printf '%s' "$2" | openssl dgst -sha256 -hmac "$1" | sed 's/^.*= //'
}
