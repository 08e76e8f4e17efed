-- wrk script for `scripts/bench intake`: posts demo requests, each with a unique person.
--
-- Environment (read by every wrk thread):
--   BENCH_RUN       tag of this run; emails are bench-<run>-<thread>-<n>@example.com, so the bench
--                   can count exactly the rows of one run
--   BENCH_IDS_FILE  where done() writes the id of every 2xx answer, one a line (optional)
--
-- done() prints lines starting with "BENCH " for scripts/bench to parse; latencies in ms.

local run = os.getenv("BENCH_RUN") or "x"
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

-- setup phase (main Lua state): give every thread its own number; keep the threads for done().
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)
end

-- running phase (one Lua state per wrk thread)
function init(args)
   sent = 0         -- request() calls: requests started
   answered = 0     -- responses of any status
   ok = 0           -- 2xx responses
   bad = 0          -- other statuses
   ids = {}         -- the id of every 2xx answer
end

function request()
   -- wrk also calls request() once in the main state to check it, before init() ran anywhere
   sent = (sent or 0) + 1
   local body = string.format(
      '{"fullName":"Bench Person","email":"bench-%s-%d-%d@example.com",'
      .. '"ageConfirmed":true,"organization":"Bench Clinic"}', run, tid or 0, sent)
   return wrk.format("POST", nil, headers, body)
end

function response(status, hdrs, body)
   answered = answered + 1
   if status >= 200 and status < 300 then
      ok = ok + 1
      local id = body and body:match('"id"%s*:%s*"([^"]+)"')
      if id then ids[#ids + 1] = id end
   else
      bad = bad + 1
   end
end

-- done phase (main Lua state again)
function done(summary, latency, requests)
   local sent_t, answered_t, ok_t, bad_t = 0, 0, 0, 0
   local out = nil
   local path = os.getenv("BENCH_IDS_FILE")
   if path and path ~= "" then out = assert(io.open(path, "w")) end
   local with_id = 0
   for _, t in ipairs(threads) do
      sent_t = sent_t + (t:get("sent") or 0)
      answered_t = answered_t + (t:get("answered") or 0)
      ok_t = ok_t + (t:get("ok") or 0)
      bad_t = bad_t + (t:get("bad") or 0)
      local tids = t:get("ids") or {}
      for _, id in ipairs(tids) do
         with_id = with_id + 1
         if out then out:write(id, "\n") end
      end
   end
   if out then out:close() end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format("BENCH seconds %.3f\n", seconds))
   io.write(string.format("BENCH sent %d\n", sent_t))
   io.write(string.format("BENCH responses %d\n", summary.requests))
   io.write(string.format("BENCH answered %d\n", answered_t))
   io.write(string.format("BENCH ok %d\n", ok_t))
   io.write(string.format("BENCH ok_with_id %d\n", with_id))
   io.write(string.format("BENCH non2xx %d\n", bad_t))
   io.write(string.format("BENCH socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
   io.write(string.format("BENCH timeouts %d\n", e.timeout))
   io.write(string.format("BENCH rps %.1f\n", summary.requests / seconds))
   io.write(string.format("BENCH ok_rps %.1f\n", ok_t / seconds))
   io.write(string.format("BENCH p50_ms %.2f\n", latency:percentile(50.0) / 1000))
   io.write(string.format("BENCH p99_ms %.2f\n", latency:percentile(99.0) / 1000))
   io.write(string.format("BENCH max_ms %.2f\n", latency.max / 1000))
end
