# A node killed mid-campaign and the recovery; sourced by scripts/bench.
#:   crash    Starts a counting SMTP sink and the service on a fresh PostgreSQL database, seeds BENCH_MAILS
#:            eligible people in SQL, sends them a campaign at LEADS_MAIL_RATE (BENCH_CRASH_RATE, 100/s),
#:            kills the service with kill -9 once a third went, starts it again and times until the dead
#:            node's claims are settled; then counts, per person, the copies the sink took: lost (none and
#:            not UNKNOWN), UNKNOWN, duplicated, against the goals (UNKNOWN <= one per sender, nothing
#:            duplicated, recovery <= 30 s after the new node is ready).

bench() {
    local mails start_timeout build_timeout send_timeout port smtp_port stamp logs url rate senders
    local sent finished send_seconds
    mails=$(number BENCH_MAILS "${BENCH_MAILS:-2000}" 10 1000000)
    rate=$(number BENCH_CRASH_RATE "${BENCH_CRASH_RATE:-100}" 1 100000)
    senders=$(number LEADS_MAIL_SENDERS "${LEADS_MAIL_SENDERS:-4}" 1 32)
    common_setup crash
    send_timeout=$(number BENCH_SEND_TIMEOUT "${BENCH_SEND_TIMEOUT:-900}" 10 7200)
    smtp_port=$(free_port 2525 2545) || die "no free port from 2525 to 2545 for the SMTP sink"
    local copies="$logs/copies.txt"
    start_sink "$copies"
    create_db
    local admin=bench-admin-password
    local settings=(LEADS_ADMIN_PASSWORD="$admin" LEADS_MAIL_RATE="$rate" LEADS_MAIL_SENDERS="$senders"
        LEADS_MAIL_POLL_MILLIS=100 LEADS_CAMPAIGN_POLL_MILLIS=100)
    start_service "${settings[@]}"

    log "Seeding $mails eligible people in SQL..."
    psql_q -d "$bench_db" -v n=0 -v recent="$mails" -v warm=0 -f "$D/audience.sql" >/dev/null
    curl -sf -o /dev/null -u "admin:$admin" -H 'Content-Type: application/json' "$url/api/v1/staff" \
        -d '{"username":"bench-marketer","password":"bench-marketer-password","roles":["marketing"]}' \
        || die "could not create the marketing user"
    local auth=(-u bench-marketer:bench-marketer-password -H 'Content-Type: application/json')
    local campaign
    campaign=$(curl -sf "${auth[@]}" "$url/api/v1/campaigns" -d '{"name":"Crash","subject":"News for {{fullName}}",
        "textBody":"Hello {{fullName}},\n\nour news.","audience":{"sources":["DEMO_REQUEST"],"collectedSince":"2030-01-01T00:00:00Z"}}' \
        | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
    [ -n "$campaign" ] || die "could not create a campaign"
    curl -sf -o /dev/null -X POST "${auth[@]}" "$url/api/v1/campaigns/$campaign/send" || die "could not send"
    log "Sending $mails at $rate/s with $senders senders; kill -9 once $((mails / 3)) went..."
    local deadline=$((SECONDS + send_timeout))
    until [ "$(wc -l <"$copies")" -ge $((mails / 3)) ]; do
        [ "$SECONDS" -lt "$deadline" ] || die "the campaign did not get a third through within ${send_timeout} s"
        sleep 0.05
    done
    # The JVM itself, as a crash would end it (its supervisor then ends too).
    kill -KILL "$svc_java"
    wait "$svc_pid" 2>/dev/null || true
    local killed_at holders held
    killed_at=$(now_s)
    svc_pid=""
    holders=$(psql_q -d "$bench_db" -c "select string_agg(distinct quote_literal(claimed_by), ',') from outbox_messages
        where state = 'SENDING' and claimed_by is not null")
    held=$(psql_q -d "$bench_db" -c "select count(*) from outbox_messages where state = 'SENDING'")
    log "Killed with $(wc -l <"$copies") sent and $held claimed (SENDING). Starting the service again..."
    mv "$logs/service.log" "$logs/service-killed.log"
    start_service "${settings[@]}"
    local ready_at settled_at
    ready_at=$(now_s)
    if [ -n "$holders" ]; then
        deadline=$((SECONDS + 120))
        until [ "$(psql_q -d "$bench_db" -c "select count(*) from outbox_messages where state = 'SENDING'
                and claimed_by in ($holders)")" -eq 0 ]; do
            [ "$SECONDS" -lt "$deadline" ] || die "the dead node's claims were not settled within 120 s"
            sleep 0.1
        done
    fi
    settled_at=$(now_s)
    await_sent "reference = '$campaign'" "$mails"

    local unknown lost duplicated delivered
    unknown=$(psql_q -d "$bench_db" -c "select count(*) from outbox_messages where reference = '$campaign' and state = 'UNKNOWN'")
    duplicated=$(sort "$copies" | uniq -d | wc -l)
    delivered=$(sort -u "$copies" | wc -l)
    lost=$((mails - delivered))
    echo
    echo "Crash mid-campaign on PostgreSQL, this machine ($(nproc) cores): $mails recipients, $senders senders, $rate mails/s"
    printf '  claimed (SENDING) at the kill:            %s\n' "$held"
    printf '  lost (no copy):                           %s (all of them UNKNOWN: %s)\n' "$lost" \
        "$([ "$lost" -le "$unknown" ] && echo yes || echo NO)"
    printf '  UNKNOWN:                                  %s (goal <= %s, one per sender: %s)\n' "$unknown" "$senders" \
        "$([ "$unknown" -le "$senders" ] && echo met || echo 'NOT MET')"
    printf '  duplicated (two copies or more):          %s (goal 0: %s)\n' "$duplicated" \
        "$([ "$duplicated" -eq 0 ] && echo met || echo 'NOT MET')"
    awk -v k="$killed_at" -v r="$ready_at" -v s="$settled_at" 'BEGIN {
        printf "  claims settled %.1f s after the kill, %.1f s after the new node was ready (goal <= 30 s: %s)\n",
            s - k, s - r, (s - r <= 30) ? "met" : "NOT MET" }'
    printf '  sent %s of %s in the end\n' "$sent" "$mails"
}
