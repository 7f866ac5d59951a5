-- wrk script: counts responses that are not 2xx (wrk itself only counts >= 400) and prints
-- one summary line: p50/p95/p99 in milliseconds and the error count (non-2xx + socket errors).
local threads = {}

function setup(thread)
  thread:set("non2xx", 0)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do non2xx = non2xx + t:get("non2xx") end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms non2xx=%d socket_errors=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    non2xx, socket, non2xx + socket))
end

-- BUST=1: a unique parameter on every request, so no answer can come from the output cache (the uncached worst case).
if os.getenv("BUST") == "1" then
  local counter = 0
  request = function()
    counter = counter + 1
    local sep = wrk.path:find("?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. sep .. "n=" .. counter .. "-" .. math.random(1000000000))
  end
end
