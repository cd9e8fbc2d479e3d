-- bench_query.lua — query speed of the analysis API on a large corpus of
-- real text (issue 5's benchmark): search latency (median, p95) for one-
-- word, two-word and phrase queries returning the top 20; kwic of a
-- frequent word (first 100 hits, and all); the top-1000 bigrams and
-- words (the words' pass keeps the corpus counts that collocations and
-- similar then use); collocations of a frequent word; similar (search
-- candidates, and the exact scan); duplicates over the whole corpus;
-- peak memory.
--
-- Usage: lede run tests/bench/bench_query.lua [MB] [corpus.db] [search]
-- With a third argument "search", only the search latencies are measured.
-- The corpus (default /tmp/lede-bench-<MB>mb.db, MB = 100) is built when
-- missing: articles recombined from the paragraphs of ../shared/data/
-- bbc-news and polnear (a seeded generator, so the same bytes each time),
-- 1 in 200 planted as a near-copy of an earlier one, written as JSONL
-- and ingested with `lede ingest`. Times are wall-clock seconds.

local mb = tonumber(arg[1]) or 100
local db = arg[2] or ("/tmp/lede-bench-%dmb.db"):format(mb)
local search_only = arg[3] == "search"
local shared = os.getenv("LEDE_SHARED") or "../shared"
local lede_bin = os.getenv("LEDE_BIN") or "build/lede"

local function now() return lede._clock() end

local function exists(path)
  local f = io.open(path)
  if f then f:close() end
  return f ~= nil
end

-- ---- building the corpus ------------------------------------------------------

-- Headlines and paragraphs of every .txt file under dir (line 1 headline,
-- then blank-line separated paragraphs).
local function collect(dir, heads, paras)
  local list = assert(io.popen("find " .. dir .. " -name '*.txt' | sort"))
  for path in list:lines() do
    local f = assert(io.open(path, "rb"))
    local text = f:read("a"):gsub("\r", "")
    f:close()
    if utf8.len(text) then -- skip the one Latin-1 file
      local head, body = text:match("^([^\n]+)\n(.*)$")
      if head then
        heads[#heads + 1] = head
        for p in (body .. "\n\n"):gmatch("(.-)\n\n+") do
          p = p:gsub("^%s+", ""):gsub("%s+$", "")
          if #p > 40 then paras[#paras + 1] = p end
        end
      end
    end
  end
  list:close()
end

local OUTLETS = {"Daily Courier", "The Ledger", "Morning Post", "Evening Standard", "World Wire",
                 "The Observer", "City Times", "News Today"}

-- Writes about mb megabytes of JSONL articles to path; returns the count.
local function generate(path)
  local heads, paras = {}, {}
  collect(shared .. "/data/bbc-news", heads, paras)
  collect(shared .. "/data/polnear", heads, paras)
  assert(#paras > 1000, "no paragraphs found under " .. shared .. "/data")
  math.randomseed(20161007)
  local out = assert(io.open(path, "w"))
  local encode = lede.json_encode
  local bytes, n, bodies = 0, 0, {}
  while bytes < mb * 1e6 do
    n = n + 1
    local body
    if n % 200 == 0 then -- a near-copy of an earlier article: two words changed
      body = bodies[math.random(#bodies)]:gsub(" the ", " a ", 2)
    else
      local parts = {}
      for i = 1, math.random(6, 14) do parts[i] = paras[math.random(#paras)] end
      body = table.concat(parts, "\n\n")
      if #bodies < 5000 then bodies[#bodies + 1] = body else bodies[math.random(#bodies)] = body end
    end
    local line = encode({title = heads[math.random(#heads)], text = body,
      source = OUTLETS[math.random(#OUTLETS)],
      date = ("%d-%02d-%02d"):format(2015 + n % 2, 1 + n % 12, 1 + n % 28)})
    out:write(line, "\n")
    bytes = bytes + #body
  end
  out:close()
  return n
end

if not exists(db) then
  local jsonl = db:gsub("%.db$", "") .. ".jsonl"
  local t0 = now()
  local n = generate(jsonl)
  print(("generated %d articles (%d MB of body text) in %.1f s"):format(n, mb, now() - t0))
  t0 = now()
  assert(os.execute(("%s ingest %s %s"):format(lede_bin, db, jsonl)), "ingest failed")
  print(("ingested in %.1f s"):format(now() - t0))
  os.remove(jsonl)
end

-- ---- measuring ------------------------------------------------------------------

local corpus = assert(lede.open(db, {readonly = true}))
local n_docs = #corpus
local size = corpus:sql("SELECT sum(length(text)) AS n FROM documents")[1].n
print(("corpus %s: %d documents, %.1f MB of text"):format(db, n_docs, size / 1e6))

-- Runs fn; returns its wall time and result, and prints nothing. The CPU
-- time of the last call is kept in `cpu` (the machine may be shared: the
-- two differ when other processes take the cores).
local cpu = 0
local function time(fn)
  local t0, c0 = now(), os.clock()
  local result = fn()
  cpu = os.clock() - c0
  return now() - t0, result
end

local function percentile(list, p)
  table.sort(list)
  return list[math.max(1, math.ceil(#list * p))]
end

local ONE = {"government", "minister", "market", "election", "players", "company", "music",
             "police", "campaign", "technology"}
local TWO = {"prime minister", "interest rates", "general election", "mobile phone", "world cup",
             "white house", "health care", "oil prices", "film festival", "tax cuts"}

local function search_latency(label, queries, wrap)
  local times, cpus = {}, {}
  for round = 1, 3 do
    for _, q in ipairs(queries) do
      local dt = time(function() return #corpus:search(wrap(q), {limit = 20}) end)
      times[#times + 1] = dt * 1000
      cpus[#cpus + 1] = cpu * 1000
    end
  end
  print(("search %-8s top 20: median %6.2f ms  p95 %6.2f ms  (cpu median %6.2f ms; %d queries)"):format(
    label, percentile(times, 0.5), percentile(times, 0.95), percentile(cpus, 0.5), #times))
end

search_latency("1-word", ONE, function(q) return q end)
search_latency("2-word", TWO, function(q) return q end)
search_latency("phrase", TWO, function(q) return '"' .. q .. '"' end)
if search_only then return end

local word = "government"
local dt = time(function() return #corpus:kwic(word):head(100) end)
print(("kwic %q first 100 lines: %8.1f ms  (cpu %.1f ms)"):format(word, dt * 1000, cpu * 1000))
local n_hits, failure
dt, n_hits = time(function()
  local n = 0
  -- counted through pcall: a kwic error (e.g. search.lua cutting a context
  -- inside a UTF-8 character) is reported with the lines read until then
  local ok, err = pcall(function() for _ in corpus:kwic(word):rows() do n = n + 1 end end)
  if not ok then failure = err end
  return n
end)
print(("kwic %q all %d lines:  %8.1f ms%s"):format(word, n_hits, dt * 1000,
  failure and ("  (STOPPED by an error: " .. tostring(failure):match("[^\n]*") .. ")") or ""))

local bigrams
dt, bigrams = time(function() return corpus:ngrams(2, {limit = 1000}) end)
print(("top-1000 bigrams:            %8.2f s  (cpu %.2f s; counts low by at most %d)"):format(
  dt, cpu, bigrams.error_bound))
dt = time(function() return #corpus:freq{limit = 1000, stopwords = false} end)
print(("top-1000 words (no stop):    %8.2f s  (cpu %.2f s)"):format(dt, cpu))
dt = time(function() return #corpus:collocations(word) end)
print(("collocations of %q: %8.2f s  (cpu %.2f s)"):format(word, dt, cpu))
dt = time(function() return #corpus:similar(1, 10) end)
print(("similar(1, 10):              %8.2f s  (cpu %.2f s)"):format(dt, cpu))
dt = time(function() return #corpus:similar(2, 10, {exact = true}) end)
print(("similar(2, 10, exact):       %8.2f s  (cpu %.2f s)"):format(dt, cpu))
local groups
dt, groups = time(function() return corpus:duplicates() end)
print(("duplicates over %d docs:  %8.2f s  (cpu %.2f s; %d groups, %d documents)"):format(
  n_docs, dt, cpu, #groups:group("group"), #groups))
print(("peak memory: %.0f MB"):format(lede._peak_rss() / 1e6))
