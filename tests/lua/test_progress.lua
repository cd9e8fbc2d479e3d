-- lede.progress: the text of the progress line, when a tracker draws
-- (terminal, past the delay) and when it stays quiet, and that it clears
-- its line at the end; docset.bodies drives one through a real pass.
local H = require("harness")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local progress = require("lede.progress")

test("line: bar, counts, size, rate and time left", function()
  eq(progress.line("freq", 500, 1000, 2e6, 4),
    "[##########..........]  freq  500/1,000 docs  2.0 MB  125 docs/s  ETA 0:04")
  eq(progress.line("scan", 1234567, 2469134, 0, 1234.567),
    "[##########..........]  scan  1,234,567/2,469,134 docs  0.0 MB  1,000 docs/s  ETA 20:34")
  eq(progress.line("x", 7, nil, 1e6, 0), "x  7 docs  1.0 MB  0 docs/s", "no total: no bar, no ETA")
  eq(progress.line("x", 12, 10, 0, 1):sub(1, 22), "[####################]", "overshoot fills the bar")
end)

-- Runs a tracker over n steps into a temporary file; returns what it wrote.
local function run(n, opts, total)
  local out = assert(io.tmpfile())
  opts.out = out
  local p = progress.new("test pass", total, opts)
  for _ = 1, n do p:step(1000) end
  p:finish()
  out:seek("set")
  local text = out:read("a")
  out:close()
  return text
end

test("a tracker past its delay draws and then clears its line", function()
  local text = run(200, {enabled = true, delay = 0}, 200)
  contains(text, "\r[", "redrawn over itself")
  contains(text, "test pass  32/200 docs", "the first draw comes at a check")
  eq(text:sub(-4), "\r\27[K", "the line is cleared at the end")
end)

test("quiet when not a terminal or before the delay", function()
  eq(run(200, {enabled = false, delay = 0}, 200), "", "not a terminal")
  eq(run(200, {enabled = true, delay = 3600}, 200), "", "short pass")
end)

test("the total may be counted lazily, only when first drawn", function()
  local calls = 0
  local function total() calls = calls + 1 return 64 end
  run(64, {enabled = true, delay = 3600}, total)
  eq(calls, 0, "never drawn: never counted")
  local text = run(64, {enabled = true, delay = 0}, total)
  eq(calls, 1, "counted once")
  contains(text, "/64 docs")
end)

test("docset.bodies shows the pass of a labelled analysis", function()
  local corpus = assert(lede.open())
  local records = {}
  for i = 1, 100 do
    records[i] = {title = "Story " .. i, text = ("Word %d appears here. "):format(i):rep(20)}
  end
  H.ingest_jsonl(corpus, records, "jsonl")
  eq(#corpus, 100)
  -- the tracker of a pass is made by docset; swap in one that writes to a file
  local out = assert(io.tmpfile())
  local real_new = progress.new
  progress.new = function(label, total) return real_new(label, total, {out = out, enabled = true, delay = 0}) end
  local ok_run, err = pcall(function() return corpus:freq{by = "stem", docs = corpus:docs()} end)
  progress.new = real_new
  ok(ok_run, err)
  out:seek("set")
  local text = out:read("a")
  contains(text, "freq  32/100 docs", "drawn at the first check")
  eq(text:sub(-4), "\r\27[K")
end)

H.done()
