# Access reports and deletions of a person with many records; sourced by scripts/bench.
#:   rights   Starts the service on a fresh PostgreSQL database with a known LEADS_SECRET, inserts people
#:            with BENCH_RECORDS demo requests each (a submission and its sales record), and times the
#:            verification post of privacy requests, which builds and queues the access report (twice, as
#:            the policy allows) or deletes the person (twice, two people). Signs the verification tokens
#:            itself with the secret, so no mail is read; mail goes nowhere (no SMTP server listens).
#:            Prints the times and the report's size; asserts nothing.

bench() {
    local records start_timeout build_timeout port smtp_port stamp logs url secret
    records=$(number BENCH_RECORDS "${BENCH_RECORDS:-1000}" 1 100000)
    common_setup rights
    secret="bench-secret-$stamp"
    create_db
    start_service LEADS_SECRET="$secret" LEADS_INTAKE_RATE=100000

    # A privacy request for $2, verified with a token signed here; prints the verification's seconds.
    timed_request() { # type email
        local answer id expires token timing
        answer=$(curl -s --max-time 60 -X POST "$url/api/v1/privacy-requests" -H 'Content-Type: application/json' \
            -d "{\"type\":\"$1\",\"email\":\"$2\",\"fullName\":\"Bench Person\"}")
        id=$(printf '%s' "$answer" | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p')
        [ -n "$id" ] || die "the privacy request was not accepted: $answer"
        expires=$(( $(date +%s) + 3600 ))
        token="$id.$expires.$(hmac "$secret" "privacy-verify:$id.$expires")"
        timing=$(curl -s -o "$logs/verify-$id.json" -w '%{http_code} %{time_total}' --max-time 600 -X POST \
            "$url/api/v1/privacy-requests/verify" -H 'Content-Type: application/json' -d "{\"token\":\"$token\"}")
        [ "${timing%% *}" = 202 ] || die "the verification failed ($timing): $(cat "$logs/verify-$id.json")"
        local status
        status=$(psql_q -d "$bench_db" -c "select status from privacy_requests where id = '$id'")
        [ "$status" = FULFILLED ] || die "request $id ended $status"
        printf '%s' "${timing#* }"
    }

    local i email results=()
    for i in 1 2 3; do
        email="bench-rights-$i@example.com"
        psql_q -d "$bench_db" -v email="$email" -v hash="$(hmac "$secret" "$email")" -v n="$records" \
            -f "$D/rights.sql" >/dev/null
    done
    log "3 people with $records demo requests each inserted. Warming up with one access report..."
    timed_request ACCESS bench-rights-3@example.com >/dev/null

    local a1 a2 d1 d2 size
    log "Access reports for a person with $records records (twice: the policy allows two in 12 months)..."
    a1=$(timed_request ACCESS bench-rights-1@example.com)
    a2=$(timed_request ACCESS bench-rights-1@example.com)
    size=$(psql_q -d "$bench_db" -c "select max(length(attachment)) from outbox_messages
        where template = 'privacy-access-report'")
    log "Deletions of a person with $records records (two people)..."
    d1=$(timed_request DELETE bench-rights-1@example.com)
    d2=$(timed_request DELETE bench-rights-2@example.com)
    local left
    left=$(psql_q -d "$bench_db" -c "select count(*) from submissions s join people p on p.id = s.person_id
        where p.email like 'bench-rights-%' and s.full_name is not null and p.email <> 'bench-rights-3@example.com'")

    echo
    echo "Privacy rights on this machine ($(nproc) cores; service and PostgreSQL share them), $records records a person"
    echo "(each a demo request: a submission with every field and its sales record). Times are the verification"
    echo "post, which does the work in one transaction:"
    printf '  %-62s %6.3f s, %6.3f s\n' "access report (registry export, report built, queued with attachment)" "$a1" "$a2"
    printf '  %-62s %s bytes\n' "report attachment (your-data.json)" "$size"
    printf '  %-62s %6.3f s, %6.3f s\n' "deletion (every holder erases, audited, decision queued)" "$d1" "$d2"
    echo "  submissions of the deleted still holding a name: $left"
}
