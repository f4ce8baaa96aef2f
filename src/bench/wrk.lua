-- Requests for wrk: a fixed path, or a prefix followed by a random line of a file (certificate codes), optionally paced
-- to a total rate and with a bearer token. Prints one RESULT line with throughput and latency percentiles.
--   wrk -s wrk.lua <url> -- <path or prefix> [lines file or -] [total requests/s or 0] [connections] [token or -] [clients]
-- With [clients] > 0 each request comes from one of that many client networks (X-Forwarded-For, for a platform that
-- trusts the load generator as its proxy), as traffic from many people would: per-network rate limits then apply.
local lines = {}
local path, pace_ms, token, clients

function init(args)
  path = args[1]
  if args[2] and args[2] ~= "-" then
    for line in io.lines(args[2]) do lines[#lines + 1] = line end
  end
  local rate = tonumber(args[3] or "0")
  local connections = tonumber(args[4] or "1")
  pace_ms = 0
  if rate > 0 then pace_ms = 1000 * connections / rate end
  token = args[5]
  clients = tonumber(args[6] or "0")
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function delay()
  return pace_ms
end

function request()
  local target = path
  if #lines > 0 then target = path .. lines[math.random(#lines)] end
  local headers = {}
  if token and token ~= "-" then headers["Authorization"] = "Bearer " .. token end
  if clients > 0 then
    local n = math.random(clients)
    headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 256) % 256, n % 256, math.random(254))
  end
  return wrk.format("GET", target, headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests/s=%.0f p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms non2xx=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
