-- wrk script: rotate over signed-in session cookies (one per line in $SESSIONS_FILE) and over request paths
-- (one per line in $PATHS_FILE); count non-2xx answers as errors.
local sessions, paths = {}, {}
for line in io.lines(os.getenv("SESSIONS_FILE")) do sessions[#sessions + 1] = line end
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
local counter = 0
local errors = 0

request = function()
  counter = counter + 1
  local session = sessions[(counter % #sessions) + 1]
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { ["Cookie"] = session, ["Accept"] = "application/json, text/html" })
end

response = function(status, headers, body)
  if status < 200 or status >= 300 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  local non2xx = 0
  io.write(string.format("RESULT requests=%d errors_socket=%d p50_ms=%.1f p99_ms=%.1f rps=%.1f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
