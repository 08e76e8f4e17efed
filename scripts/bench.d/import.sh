# A leads import of BENCH_IMPORT_ROWS rows; sourced by scripts/bench.
#:   import   Starts the service on a fresh PostgreSQL database, writes a CSV of BENCH_IMPORT_ROWS leads
#:            (every form field filled, distinct addresses), posts it to /api/v1/imports/leads under a
#:            declared collection record, polls the progress endpoint until the import is done and prints
#:            its seconds and rows per second against the 30 s target for 100,000 rows (from the post to
#:            DONE). Checks that every row was stored (submission, sales record, person, with the import's
#:            id and the declared record), that posting the same file again answers with the same import,
#:            then times a suppression import of the same addresses (keyed hashes). Asserts no timing.

bench() {
    local rows start_timeout build_timeout port smtp_port stamp logs url password
    rows=$(number BENCH_IMPORT_ROWS "${BENCH_IMPORT_ROWS:-100000}" 1 1000000)
    common_setup import awk
    password="bench-admin-$stamp"
    create_db
    start_service LEADS_ADMIN_PASSWORD="$password" LEADS_IMPORT_MAX_BYTES=268435456 ${BENCH_DB_URL:+LEADS_DB_URL="$BENCH_DB_URL"}

    local csv="$logs/leads.csv"
    awk -v n="$rows" 'BEGIN {
        print "fullName,email,phone,organization,businessAddress,practiceSpecialty,providerCount,productInterest,comments,ageConfirmed,partnerSharingConsent,pageUrl"
        for (i = 1; i <= n; i++) {
            printf "Bench Person %d,bench-import-%d@example.com,+1 217 555 %04d,\"Clinic %d, LLC\",\"%d Main Street\nSpringfield, IL\",Cardiology,%d,Billing,\"Said \"\"hello\"\" %d\",true,%s,https://psynergybilling.com/demo\n",
                i, i, i % 10000, i % 977, i, 1 + i % 40, i, (i % 3 == 0 ? "true" : "false")
        }
    }' >"$csv"
    log "Wrote $rows rows ($(wc -c <"$csv") bytes) to $csv."

    local query="source=DEMO_REQUEST&policyVersion=2024-06-30&collectedAt=2025-03-01T12:00:00Z"
    query+="&purposes=PROVIDING_THE_SERVICE,BUSINESS_OPERATIONS,COMMUNICATING_WITH_YOU,MARKETING,SECURITY,WITH_CONSENT"
    query+="&consentEvidence=bench%20CRM%20consent%20log"

    # Posts $2 as $3 to $1 and waits until the import is done; sets import_id, import_seconds, import_body.
    timed_import() { # path file content-type
        local t0 t1 status location deadline=$((SECONDS + 900))
        t0=$(now_s)
        status=$(curl -s -o "$logs/answer.json" -D "$logs/headers.txt" -w '%{http_code}' --max-time 300 \
            -u "admin:$password" -H "Content-Type: $3" --data-binary "@$2" "$url$1")
        [ "$status" = 202 ] || die "the import was not accepted ($status): $(cat "$logs/answer.json")"
        location=$(tr -d '\r' <"$logs/headers.txt" | sed -n 's/^[Ll]ocation: //p')
        import_id=${location##*/}
        while :; do
            import_body=$(curl -s --max-time 30 -u "admin:$password" "$location")
            case "$import_body" in *'"state":"RUNNING"'*) ;; *) break ;; esac
            kill -0 "$svc_pid" 2>/dev/null || die "the service stopped during the import"
            [ "$SECONDS" -lt "$deadline" ] || die "the import did not finish within 900 s: $import_body"
            sleep 0.2
        done
        t1=$(now_s)
        case "$import_body" in *'"state":"DONE"'*) ;; *) die "the import ended otherwise: $import_body" ;; esac
        import_seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    }

    local import_id import_seconds import_body
    log "Importing $rows leads..."
    timed_import "/api/v1/imports/leads?$query" "$csv" text/csv
    local lead_id=$import_id lead_seconds=$import_seconds lead_body=$import_body
    local stored
    stored=$(psql_q -d "$bench_db" -F ' ' -c "select count(*), count(d.id), count(distinct s.person_id),
        count(*) filter (where s.policy_version = '2024-06-30' and s.source_form = 'DEMO_REQUEST'
            and s.collected_at = timestamptz '2025-03-01 12:00:00+00')
        from submissions s left join demo_requests d on d.id = s.id where s.import_id = '$lead_id'")
    local again
    again=$(curl -s -o /dev/null -w '%{http_code}' --max-time 300 -u "admin:$password" -H 'Content-Type: text/csv' \
        --data-binary "@$csv" "$url/api/v1/imports/leads?$query")

    local addresses="$logs/addresses.txt"
    cut -d, -f2 "$csv" | grep '@' >"$addresses" || true
    log "Importing $(wc -l <"$addresses") suppressions..."
    timed_import "/api/v1/imports/suppressions?kind=NO_PROMOTIONS" "$addresses" text/plain
    local hashes
    hashes=$(psql_q -d "$bench_db" -c "select count(*) from do_not_contact where reason = 'IMPORT'")

    echo
    echo "Imports on this machine ($(nproc) cores; the service, PostgreSQL and any other builds share them)."
    printf '  %-44s %8s s  %8s rows/s   (target: 100,000 rows in <= 30 s)\n' "leads import, $rows rows, post to DONE" \
        "$lead_seconds" "$(awk -v n="$rows" -v s="$lead_seconds" 'BEGIN { printf "%.0f", n / s }')"
    echo "  progress at the end: $(printf '%s' "$lead_body" | sed 's/.*\("rowsTotal[^}]*\)"suppression.*/\1/; s/,"errors".*//' | cut -c1-160)"
    echo "  stored (submissions, sales records, people, with the declared record): $stored"
    echo "  the same file posted again: HTTP $again (200: the first import's answer, nothing new)"
    printf '  %-44s %8s s  %8s rows/s\n' "suppression import, same addresses" "$import_seconds" \
        "$(awk -v n="$rows" -v s="$import_seconds" 'BEGIN { printf "%.0f", n / s }')"
    echo "  keyed hashes on the list from the import: $hashes"
}
