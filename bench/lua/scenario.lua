-- wrk script of bench/run.mjs.
--   wrk ... -s bench/lua/scenario.lua <url> -- <basic-auth> get
--   wrk ... -s bench/lua/scenario.lua <url> -- '' activate <instance-prefix>   (public license route, new instance each request)
--   wrk ... -s bench/lua/scenario.lua <url> -- <basic-auth> redeem <ids-file> <order-id> <path-prefix>
-- "get" repeats the URL's request; "redeem" POSTs a custom redemption
-- ({"order_id", "note"}) to <path-prefix><id>/redeem, walking the ids file so
-- that every request hits a different entitlement (threads take interleaved
-- ids). Each thread counts statuses and the X-EL-Query-Count header; done()
-- prints one line "EL_BENCH_JSON {...}" with the totals and wrk's latency.

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
  table.insert(threads, thread)
end

function init(args)
  mode = args[2] or "get"
  -- An empty credential: a public route (license status/activation), sent without auth.
  if args[1] ~= "" then
    wrk.headers["Authorization"] = "Basic " .. args[1]
  end
  wrk.headers["X-EL-Bench"] = "1"
  wrk.headers["Accept"] = "application/json"
  responses, non2xx, q_sum, q_n, q_missing, exhausted, sent = 0, 0, 0, 0, 0, 0, 0
  q_min, q_max = -1, -1
  q_hist = {}
  first_error = ""
  if mode == "activate" then
    -- A new instance per request: <prefix><tid>-<n>.
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    instance_prefix = args[3] or "bench-"
    counter = 0
  end
  if mode == "redeem" then
    ids = {}
    for line in io.lines(args[3]) do
      if line ~= "" then ids[#ids + 1] = line end
    end
    order_id = args[4]
    prefix = args[5]
    -- Threads are set up one after another: tid is known here, the total is not,
    -- so the runner passes it.
    step = tonumber(args[6]) or 1
    pos = tid
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    body = '{"order_id":' .. order_id .. ',"note":"bench"}'
  else
    static_request = wrk.format()
  end
end

function request()
  if mode == "activate" then
    counter = counter + 1
    sent = sent + 1
    return wrk.format("POST", nil, nil, '{"instance":"https://' .. instance_prefix .. tid .. '-' .. counter .. '.example"}')
  end
  if mode ~= "redeem" then
    return static_request
  end
  local id = ids[pos]
  if id == nil then
    -- Pool used up: stop this thread rather than send repeats (which would 409).
    exhausted = 1
    wrk.thread:stop()
    id = ids[#ids]
  end
  pos = pos + step
  sent = sent + 1
  return wrk.format("POST", prefix .. id .. "/redeem", nil, body)
end

function response(status, headers, body)
  responses = responses + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_error == "" then
      first_error = status .. " " .. string.sub(body or "", 1, 300)
    end
  end
  local q = headers["X-EL-Query-Count"] or headers["x-el-query-count"]
  if q then
    q = tonumber(q)
    q_sum = q_sum + q
    q_n = q_n + 1
    if q_min < 0 or q < q_min then q_min = q end
    if q > q_max then q_max = q end
    q_hist[q] = (q_hist[q] or 0) + 1
  else
    q_missing = q_missing + 1
  end
end

local function esc(s)
  s = string.gsub(s, '[%c"\\]', function(c)
    return string.format("\\u%04x", string.byte(c))
  end)
  return s
end

function done(summary, latency, requests)
  local hist = {}
  local t = { responses = 0, non2xx = 0, q_sum = 0, q_n = 0, q_missing = 0, exhausted = 0, sent = 0, q_min = -1, q_max = -1, first_error = "" }
  for _, thread in ipairs(threads) do
    for _, k in ipairs({ "responses", "non2xx", "q_sum", "q_n", "q_missing", "exhausted", "sent" }) do
      t[k] = t[k] + (thread:get(k) or 0)
    end
    local mn, mx = thread:get("q_min"), thread:get("q_max")
    if mn and mn >= 0 and (t.q_min < 0 or mn < t.q_min) then t.q_min = mn end
    if mx and mx > t.q_max then t.q_max = mx end
    for q, n in pairs(thread:get("q_hist") or {}) do
      hist[q] = (hist[q] or 0) + n
    end
    local fe = thread:get("first_error")
    if t.first_error == "" and fe and fe ~= "" then t.first_error = fe end
  end
  local parts = {}
  for q, n in pairs(hist) do
    parts[#parts + 1] = string.format('"%d":%d', q, n)
  end
  local e = summary.errors
  io.write(string.format(
    'EL_BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"min":%d,"mean":%.1f,"max":%d,"stdev":%.1f,"p50":%d,"p90":%d,"p95":%d,"p99":%d},' ..
    '"responses":%d,"non2xx":%d,"queries":{"sum":%d,"n":%d,"missing":%d,"min":%d,"max":%d,"hist":{%s}},' ..
    '"exhausted":%d,"sent":%d,"first_error":"%s"}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.mean, latency.max, latency.stdev,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    t.responses, t.non2xx, t.q_sum, t.q_n, t.q_missing, t.q_min, t.q_max, table.concat(parts, ","),
    t.exhausted, t.sent, esc(t.first_error)))
end
