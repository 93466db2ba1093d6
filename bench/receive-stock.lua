-- wrk script for bench/speed.sh: every request a receive-stock of 1 unit of a random product
-- into a random bin, each with a commandId of its own (a repeated id would be answered from the
-- first answer, not written, and so measure less than a command).
-- Arguments after wrk's "--": an id prefix unique to the run and phase, the number of products
-- (PERF-001 ...) and of bins (P-01 ...), and optionally the first product's number (1 unless
-- given: bench/nodes.sh gives each node a half of its own).
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

function init(args)
  prefix = args[1] or "bench"
  products = tonumber(args[2] or "200")
  bins = tonumber(args[3] or "20")
  first = tonumber(args[4] or "1")
  sent = 0
  math.randomseed(os.time() + 7919 * (thread_no or 0))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  sent = sent + 1
  local body = string.format(
    '{"sku":"PERF-%03d","location":"P-%02d","quantity":1,"commandId":"%s-%d-%d"}',
    first - 1 + math.random(products), math.random(bins), prefix, thread_no or 0, sent)
  return wrk.format(nil, nil, nil, body)
end
