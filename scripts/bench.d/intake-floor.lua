-- wrk script for `scripts/bench intake`: the stack's own floor, a GET of a static file (through the
-- container and the service's filters, touching nothing else), counted as intake-refused.lua counts.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   ok = 0
end

function response(status, hdrs, body)
   if status >= 200 and status < 300 then ok = ok + 1 end
end

function done(summary, latency, requests)
   local ok_t = 0
   for _, t in ipairs(threads) do ok_t = ok_t + (t:get("ok") or 0) end
   local seconds = summary.duration / 1e6
   io.write(string.format("BENCH rps %.1f\n", summary.requests / seconds))
   io.write(string.format("BENCH ok %d\n", ok_t))
   io.write(string.format("BENCH non2xx %d\n", summary.requests - ok_t))
   io.write(string.format("BENCH p99_ms %.2f\n", latency:percentile(99) / 1000))
end
