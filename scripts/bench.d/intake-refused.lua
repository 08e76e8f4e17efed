-- wrk script for `scripts/bench intake`: a flood of demo requests that the honeypot refuses (the
-- hidden "website" field is filled), each from its own address; the service must answer them like
-- accepted ones and store nothing. Prints "BENCH " lines as intake.lua does.
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)
end

function init(args)
   sent = 0
   ok = 0
end

function request()
   sent = (sent or 0) + 1
   local body = string.format(
      '{"fullName":"Bench Bot","email":"bench-bot-%d-%d@example.com",'
      .. '"ageConfirmed":true,"organization":"Bench Clinic","website":"http://spam.example"}', tid or 0, sent)
   return wrk.format("POST", nil, headers, body)
end

function response(status, hdrs, body)
   if status >= 200 and status < 300 then ok = ok + 1 end
end

function done(summary, latency, requests)
   local ok_t = 0
   for _, t in ipairs(threads) do ok_t = ok_t + (t:get("ok") or 0) end
   local seconds = summary.duration / 1e6
   io.write(string.format("BENCH rps %.1f\n", summary.requests / seconds))
   io.write(string.format("BENCH requests %d\n", summary.requests))
   io.write(string.format("BENCH ok %d\n", ok_t))
   io.write(string.format("BENCH non2xx %d\n", summary.requests - ok_t))
   io.write(string.format("BENCH p99_ms %.2f\n", latency:percentile(99) / 1000))
end
