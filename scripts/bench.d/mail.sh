# The outbox dispatcher's send rate against a bare Jakarta Mail loop; sourced by scripts/bench.
#:   mail     Starts a local SMTP sink (GreenMail standalone, fetched through Maven) and the service on a
#:            fresh PostgreSQL database, inserts BENCH_MAILS queued referral invitations straight into the
#:            outbox and times the dispatcher until all are sent (mails/s); then, in the same run, a bare
#:            Jakarta Mail loop sends as many similar messages to the same sink over one connection.
#:            Prints both rates and their ratio.

bench() {
    local mails start_timeout build_timeout send_timeout port smtp_port sink stamp logs url
    local sent finished send_seconds bare_seconds bare_rate
    mails=$(number BENCH_MAILS "${BENCH_MAILS:-10000}" 1 1000000)
    mail_setup mail
    start_sink
    create_db
    start_service

    # --- the dispatcher ---
    log "Queuing $mails referral invitations in one transaction; timing the dispatcher until all are sent..."
    psql_q -d "$bench_db" -v n="$mails" -f "$D/invitations.sql" >/dev/null
    await_sent "true" "$mails"
    local outcomes
    outcomes=$(psql_q -d "$bench_db" -F ' ' -c "select state, count(*) from outbox_messages group by state order by state" \
        | tr '\n' ' ')
    [ "$sent" -eq "$mails" ] || die "not every message was sent: $outcomes"
    local d_rate
    d_rate=$(awk -v n="$mails" -v s="$send_seconds" 'BEGIN { printf "%.1f", n / s }')
    log "Dispatcher: $mails sent in $send_seconds s."
    bare_loop "$mails"

    echo
    echo "Mail on this machine ($(nproc) cores; sink, service and PostgreSQL share them), $mails messages each:"
    printf '  %-58s %8s s %9s mails/s\n' "outbox dispatcher (claim, guards, render, send, record, audit)" "$send_seconds" "$d_rate"
    printf '  %-58s %8s s %9s mails/s\n' "bare Jakarta Mail loop, one connection, warmed up" "$bare_seconds" "$bare_rate"
    awk -v d="$d_rate" -v b="$bare_rate" 'BEGIN { printf "  dispatcher / bare loop: %.1f %%\n", 100 * d / b }'
    echo "  outcomes: $outcomes"
}
