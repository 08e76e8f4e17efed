# Demo-request intake against the insert ceiling; sourced by scripts/bench.
#:   intake   Starts the service on a fresh PostgreSQL database (127.0.0.1:5432, user postgres, trust
#:            authentication), measures PostgreSQL's single-row insert ceiling with pgbench (8 clients),
#:            then posts unique demo requests with wrk from 8, 32 and 64 connections and prints
#:            requests/s, p50, p99, errors, 2xx answers, rows stored and the ratio to the ceiling; then,
#:            at 32 connections, a flood of honeypot-refused posts (which must store nothing and write
#:            nothing: PostgreSQL's transaction count is compared) and the stack's floor (GET of the console's
#:            stylesheet: Grizzly, the servlet container and the service's filters, no JAX-RS, no database),
#:            and prints the accepted rate against both as ratios (goal: refused >= 3x accepted).
#:            Installs wrk (Debian package) when it is missing and this runs as root.

# The stack's floor: a static file through the same container and filters as every request.
FLOOR_PATH=/console-assets/console.css

# The database's committed and rolled-back transactions so far.
xact_count() {
    psql_q -d "$bench_db" -c "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()"
}

# Waits (up to 120 s) until the service's work after the accepted runs is done (mail rounds and jobs
# catching up on the leads just stored), so the floor and the refused flood meet an idle background:
# two 5-second windows in a row with fewer than 40 transactions a second.
settle_background() {
    local waited=0 quiet=0 before after
    while [ "$waited" -lt 120 ] && [ "$quiet" -lt 2 ]; do
        before=$(xact_count); sleep 5; after=$(xact_count); waited=$((waited + 5))
        if [ $((after - before)) -le 200 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    done
    log "Background settled after ${waited} s ($((after - before)) transactions in the last 5 s)."
}

bench() {
    local seconds warmup port start_timeout build_timeout smtp_port stamp logs url conns c
    seconds=$(number BENCH_SECONDS "${BENCH_SECONDS:-20}" 1 600)
    warmup=$(number BENCH_WARMUP "${BENCH_WARMUP:-10}" 0 600)
    read -r -a conns <<<"${BENCH_CONNECTIONS:-8 32 64}"
    [ "${#conns[@]}" -ge 1 ] && [ "${#conns[@]}" -le 10 ] || die "BENCH_CONNECTIONS must list 1 to 10 counts"
    for c in "${conns[@]}"; do number "BENCH_CONNECTIONS entry" "$c" 2 1000 >/dev/null; done
    if ! command -v wrk >/dev/null; then
        [ "$(id -u)" = 0 ] || die "wrk is missing: install the Debian package wrk (apt-get install wrk)"
        log "Installing wrk (Debian package)..."
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
        command -v wrk >/dev/null || die "wrk could not be installed"
    fi
    common_setup intake pgbench
    create_db
    start_service LEADS_INTAKE_RATE=100000000 LEADS_INTAKE_GLOBAL_PER_HOUR=100000000

    # One request by hand, so that a broken request fails here with its answer, not as a
    # mountain of errors.
    local probe
    probe=$(curl -s --max-time 30 -w ' HTTP %{http_code}' -X POST "$url/api/v1/demo-requests" \
        -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -d '{"fullName":"Bench Person","email":"bench-probe@example.com","ageConfirmed":true,"organization":"Bench Clinic"}')
    [[ "$probe" == *" HTTP 201" ]] || die "a demo request was not accepted: $probe"

    # --- the ceiling ---
    log "PostgreSQL insert ceiling: pgbench, 8 clients, 2 threads, ${seconds} s, one lead-like row per transaction..."
    psql_q -d "$bench_db" -f "$D/ceiling-schema.sql" >/dev/null
    run_logged "$logs/pgbench.log" pgbench "${PG[@]}" -n -c 8 -j 2 -T "$seconds" -f "$D/ceiling.sql" "$bench_db" \
        || { cat "$logs/pgbench.log" >&2; die "pgbench failed"; }
    local ceiling ceiling_tx
    ceiling=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$logs/pgbench.log" | tail -n 1)
    ceiling_tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$logs/pgbench.log")
    [ -n "$ceiling" ] && awk -v t="$ceiling" 'BEGIN { exit !(t > 0) }' \
        || { cat "$logs/pgbench.log" >&2; die "no tps in pgbench's output"; }
    log "Ceiling: $(printf '%.0f' "$ceiling") inserts/s ($ceiling_tx rows in ${seconds} s)."
    psql_q -d "$bench_db" -c 'drop table bench_ceiling' >/dev/null

    # --- the load ---
    local lua="$D/intake.lua" target="$url/api/v1/demo-requests"
    if [ "$warmup" -gt 0 ]; then
        log "Warm-up: rounds of ${warmup} s at 32 connections until the JIT has settled (not measured)..."
        local round=0
        warm_round() {
            round=$((round + 1))
            BENCH_RUN="warm$round" BENCH_IDS_FILE= run_logged "$logs/wrk-warmup-$round.log" \
                wrk -t 2 -c 32 -d "${warmup}s" --timeout 10s -s "$lua" "$target" \
                || { cat "$logs/wrk-warmup-$round.log" >&2; return 1; }
        }
        warm_until_compiled warm_round
        wait_for_quiet
    fi

    local rows=() failed=0
    for c in "${conns[@]}"; do
        local threads=2
        log "Run: ${c} connections, ${threads} wrk threads, ${seconds} s..."
        BENCH_RUN="c$c" BENCH_IDS_FILE="$logs/ids-c$c.txt" run_logged "$logs/wrk-c$c.log" \
            wrk -t "$threads" -c "$c" -d "${seconds}s" --timeout 10s --latency -s "$lua" "$target" \
            || { cat "$logs/wrk-c$c.log" >&2; die "wrk failed"; }
        wait_for_quiet

        local -A r=()
        local key value
        while read -r _ key value; do r[$key]=$value; done < <(grep '^BENCH ' "$logs/wrk-c$c.log")
        [ -n "${r[ok]:-}" ] || { cat "$logs/wrk-c$c.log" >&2; die "no results in wrk's output"; }

        # Rows of this run (by the address tag), and how many answered ids were stored.
        local counts stored demo answered_stored
        counts=$(psql_q -d "$bench_db" -F ' ' <<SQL
create temporary table answered (id varchar(36));
\copy answered from '$logs/ids-c$c.txt'
select (select count(*) from submissions s join people p on p.id = s.person_id
         where p.email like 'bench-c$c-%'),
       (select count(*) from demo_requests d join submissions s on s.id = d.id join people p on p.id = s.person_id
         where p.email like 'bench-c$c-%'),
       (select count(distinct a.id) from answered a join submissions s on s.id = a.id);
SQL
        )
        read -r stored demo answered_stored <<<"$counts"
        local cut=$((r[sent] - r[answered])) extra=$((stored - answered_stored))
        local errors=$((r[non2xx] + r[socket_errors])) verdict
        if [ "$answered_stored" -eq "${r[ok]}" ] && [ "${r[ok_with_id]}" -eq "${r[ok]}" ] \
            && [ "$demo" -eq "$stored" ] && [ "$extra" -ge 0 ] && [ "$extra" -le "$cut" ]; then
            verdict=OK
        else
            verdict=MISMATCH
            failed=1
        fi
        local ratio
        ratio=$(awk -v a="${r[ok_rps]}" -v t="$ceiling" 'BEGIN { printf "%.1f", 100 * a / t }')
        printf '    %s req/s, p50 %s ms, p99 %s ms, %s errors (%s non-2xx, %s socket), %s answered 2xx\n' \
            "${r[rps]}" "${r[p50_ms]}" "${r[p99_ms]}" "$errors" "${r[non2xx]}" "${r[socket_errors]}" "${r[ok]}"
        printf '    rows stored: %s submissions, %s demo_requests; %s of the %s 2xx ids stored\n' \
            "$stored" "$demo" "$answered_stored" "${r[ok]}"
        printf '    %s requests were cut off unanswered when wrk stopped; %s of them were stored -> %s\n' \
            "$cut" "$extra" "$verdict"
        rows+=("$c|${r[rps]}|${r[p50_ms]}|${r[p99_ms]}|$errors|${r[ok]}|$stored|$extra|$ratio|$verdict")
    done

    # --- refused posts and the floor, at 32 connections ---
    local flood=32 xact_start xact_before xact_after subs_before subs_after
    settle_background
    # The floor first: it touches no table, so what the database does meanwhile is the background's
    # share (jobs, this script's psql), which only falls further by the time the flood runs.
    xact_start=$(xact_count)
    # Not /health/live: Payara's health servlet looks its JSON provider up through the class path on
    # every call (ServiceLoader), which made it slower here than a refused post (1,300-1,900 req/s).
    log "Floor: GET $FLOOR_PATH, ${flood} connections, ${seconds} s..."
    run_logged "$logs/wrk-floor.log" wrk -t 2 -c "$flood" -d "${seconds}s" --timeout 10s --latency \
        -s "$D/intake-floor.lua" "$url$FLOOR_PATH" || { cat "$logs/wrk-floor.log" >&2; die "wrk failed"; }
    sleep 1
    subs_before=$(psql_q -d "$bench_db" -c 'select count(*) from submissions')
    xact_before=$(xact_count)
    log "Refused flood: honeypot-filled posts, ${flood} connections, ${seconds} s..."
    run_logged "$logs/wrk-refused.log" wrk -t 2 -c "$flood" -d "${seconds}s" --timeout 10s --latency \
        -s "$D/intake-refused.lua" "$target" || { cat "$logs/wrk-refused.log" >&2; die "wrk failed"; }
    sleep 1
    subs_after=$(psql_q -d "$bench_db" -c 'select count(*) from submissions')
    xact_after=$(xact_count)
    local -A refused=() floor=()
    while read -r _ key value; do refused[$key]=$value; done < <(grep '^BENCH ' "$logs/wrk-refused.log")
    while read -r _ key value; do floor[$key]=$value; done < <(grep '^BENCH ' "$logs/wrk-floor.log")
    [ -n "${refused[rps]:-}" ] && [ -n "${floor[rps]:-}" ] || die "no results from the refused or floor run"
    local refused_db=$((xact_after - xact_before)) background_db=$((xact_before - xact_start))
    local refused_rows=$((subs_after - subs_before))

    # --- the report ---
    echo
    echo "Demo-request intake on PostgreSQL, ${seconds} s per run; ceiling $(printf '%.0f' "$ceiling") inserts/s"
    echo "(pgbench, 8 clients, one lead-like row per transaction). Ratio = 2xx answers/s / ceiling."
    printf '%6s %9s %8s %8s %7s %8s %8s %8s %7s  %s\n' \
        conns 'req/s' 'p50 ms' 'p99 ms' errors 2xx rows '+cut' 'ratio' 'rows = 2xx'
    local line
    for line in "${rows[@]}"; do
        IFS='|' read -r c rps p50 p99 errors ok stored extra ratio verdict <<<"$line"
        printf '%6s %9s %8s %8s %7s %8s %8s %8s %6s%%  %s\n' \
            "$c" "$rps" "$p50" "$p99" "$errors" "$ok" "$stored" "$extra" "$ratio" "$verdict"
    done
    echo "rows: submissions stored by the run (demo_requests alike); +cut: of those, requests that wrk cut off"
    echo "at its stop, unanswered, which the service still completed. rows = 2xx is OK when every 2xx answer's"
    echo "id is stored and nothing else was stored but such cut-off requests."
    echo "wrk, the service and PostgreSQL share this machine's $(nproc) cores, so the ratio is indicative only."
    for line in "${rows[@]}"; do
        IFS='|' read -r c rps p50 p99 errors ok stored extra ratio verdict <<<"$line"
        [ "$c" = 32 ] || continue
        local met_ratio met_p99
        met_ratio=$(awk -v r="$ratio" 'BEGIN { print (r >= 40) ? "met" : "NOT MET" }')
        met_p99=$(awk -v p="$p99" 'BEGIN { print (p <= 50) ? "met" : "NOT MET" }')
        echo "Target at 32 connections: ratio >= 40 %: ${ratio} % ${met_ratio}; p99 <= 50 ms: ${p99} ms ${met_p99};" \
            "rows stored = 2xx answers: ${verdict}."
    done
    local accepted32=""
    for line in "${rows[@]}"; do
        IFS='|' read -r c rps p50 p99 errors ok stored extra ratio verdict <<<"$line"
        [ "$c" = "$flood" ] && accepted32=$rps
    done
    echo
    printf 'At %s connections: refused flood (honeypot) %s req/s (p99 %s ms, %s non-2xx): %s posts, %s rows stored,\n' \
        "$flood" "${refused[rps]}" "${refused[p99_ms]}" "${refused[non2xx]}" "${refused[requests]}" "$refused_rows"
    printf '%s database transactions meanwhile (%s during the floor run, which touches no table: background jobs).\n' \
        "$refused_db" "$background_db"
    printf 'Floor GET %s: %s req/s (p99 %s ms).\n' "$FLOOR_PATH" "${floor[rps]}" "${floor[p99_ms]}"
    if [ -n "$accepted32" ]; then
        awk -v a="$accepted32" -v r="${refused[rps]}" -v f="${floor[rps]}" 'BEGIN {
            printf "Ratios: accepted / floor %.1f %%; refused / floor %.1f %%; refused / accepted %.2fx (goal >= 3x: %s)\n",
                100 * a / f, 100 * r / f, r / a, (r >= 3 * a) ? "met" : "NOT MET"
            printf "Target at 32 connections: >= 1000 accepted req/s: %s req/s %s\n", a, (a >= 1000) ? "met" : "NOT MET" }'
    fi
    [ "$refused_rows" -eq 0 ] || { failed=1; echo "The refused flood stored $refused_rows submissions: MISMATCH"; }
    [ "$refused_db" -le $((background_db * 3 / 2 + 20)) ] \
        || { failed=1; echo "The refused flood made $refused_db database transactions for ${refused[requests]} posts: MISMATCH"; }
    [ "$failed" = 0 ] || die "rows stored do not match the 2xx answers (see MISMATCH above)"
}

# Waits until the service has finished the requests still running when wrk stopped: the number

wait_for_quiet() {
    local before after stable=0 i
    before=$(psql_q -d "$bench_db" -c 'select count(*) from submissions')
    for i in $(seq 1 60); do
        sleep 0.5
        after=$(psql_q -d "$bench_db" -c 'select count(*) from submissions')
        if [ "$after" = "$before" ]; then stable=$((stable + 1)); else stable=0; fi
        [ "$stable" -lt 2 ] || return 0
        before=$after
    done
    log "The number of stored submissions was still changing after 30 s."
}

