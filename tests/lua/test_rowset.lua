-- lede.rowset: lazy rows, head/where/sort/group, CSV and JSON export, printing.
local H = require("harness")
local rowset = require("lede.rowset")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local function sample()
  return rowset.new({
    {outlet = "BBC", speaker = "John Kerry", n = 3},
    {outlet = "RFE/RL", speaker = "Maria Zakharova", n = 2},
    {outlet = "Reuters", speaker = "John Kerry", n = 5},
    {outlet = "TRT", speaker = "John Kerry", n = 1},
  }, {"outlet", "speaker", "n"})
end

-- A lazy row set over 1..limit that counts how many rows were fetched.
local function counting(limit)
  local fetched = 0
  local rs = rowset.from_iterator({"i"}, function()
    if fetched >= limit then return nil end
    fetched = fetched + 1
    return {i = fetched}
  end)
  return rs, function() return fetched end
end

test("each streams rows without keeping them", function()
  local rs, fetched = counting(5)
  eq(rs[2].i, 2) -- two rows read and kept
  local seen = {}
  for i, row in rs:each() do seen[#seen + 1] = i .. "=" .. row.i end
  eq(table.concat(seen, " "), "1=1 2=2 3=3 4=4 5=5")
  eq(fetched(), 5)
  eq(#rs, 2) -- used up: only the rows kept before are left
  -- memory stays flat over a pass that rows() would keep whole
  local big = rowset.from_iterator({"text"}, (function()
    local n = 0
    return function()
      n = n + 1
      if n > 20000 then return nil end
      return {text = string.rep("x", 1000) .. n}
    end
  end)())
  collectgarbage("collect")
  local before, peak = collectgarbage("count"), 0
  for i in big:each() do
    if i % 1000 == 0 then peak = math.max(peak, collectgarbage("count") - before) end
  end
  ok(peak < 8 * 1024, "each() kept rows: " .. math.floor(peak) .. " KB") -- 20,000 rows are ~20 MB
end)

test("length and indexing", function()
  local rs = sample()
  eq(#rs, 4)
  eq(rs[2].speaker, "Maria Zakharova")
  eq(rs[9], nil)
  ok(rowset.is_rowset(rs), "is a row set")
  ok(not rowset.is_rowset({}), "a table is not")
end)

-- A lazy row set over 1..limit that can run again from its first row (as a
-- query's does); runs() counts the runs, open_rows starts one.
local function rerunnable(limit)
  local runs = 0
  local function open_rows()
    runs = runs + 1
    local n = 0
    return function()
      n = n + 1
      return n <= limit and {i = n} or nil
    end
  end
  return rowset.from_iterator({"i"}, open_rows(), open_rows), function() return runs end, open_rows
end

test("rows are fetched lazily", function()
  local rs, fetched = counting(1000000)
  local first = rs:head(3)
  eq(#first, 3)
  eq(fetched(), 3, "head(3) reads three rows")
  tostring(rs)
  eq(fetched(), 51, "printing reads one more than it shows")
  local n = 0
  for _, row in rs:rows() do n = n + 1 if row.i == 60 then break end end
  eq(fetched(), 60)
end)

test("where filters lazily", function()
  local rs, fetched = counting(100000)
  local odd = rs:where(function(r) return r.i % 2 == 1 end)
  eq(odd[3].i, 5)
  eq(fetched(), 5)
end)

test("where on a row set that can run again gives one that can too", function()
  local rs, runs = rerunnable(6)
  local even = rs:where(function(r) return r.i % 2 == 0 end)
  eq(even[1].i, 2) -- one row kept
  local seen = {}
  for i, row in even:each() do seen[#seen + 1] = i .. "=" .. row.i end
  eq(table.concat(seen, " "), "1=2 2=4 3=6")
  eq(runs(), 2, "each() filtered a fresh run")
  local path = os.tmpname()
  eq(even:csv(path), true)
  eq(H.read_file(path), "i\r\n2\r\n4\r\n6\r\n")
  os.remove(path)
  eq(#even, 3) -- whole: nothing was used up
  -- over rows held whole, each() reads them again
  local big = sample():where(function(r) return r.n > 1 end)
  local n = 0
  for _ in big:each() do n = n + 1 end
  eq(n, 3)
  eq(#big, 3)
  -- over a lazy row set that cannot run again, each() still uses it up
  local lazy = counting(6):where(function(r) return r.i % 2 == 0 end)
  eq(lazy[1].i, 2)
  n = 0
  for _ in lazy:each() do n = n + 1 end
  eq(n, 3)
  eq(#lazy, 1)
end)

test("sort by column or function, stable, descending", function()
  local s = sample():sort("n")
  eq(s[1].n, 1)
  eq(s[4].n, 5)
  s = sample():sort("n", true)
  eq(s[1].outlet, "Reuters")
  s = sample():sort("speaker")
  eq(s[1].outlet, "BBC", "stable: BBC before Reuters among Kerry rows")
  eq(s[2].outlet, "Reuters")
  s = sample():sort(function(r) return -r.n end)
  eq(s[1].n, 5)
end)

test("group counts per key, largest first", function()
  local g = sample():group("speaker")
  eq(g.columns[1], "speaker")
  eq(g[1].speaker, "John Kerry")
  eq(g[1].count, 3)
  eq(g[2].count, 1)
end)

test("csv quotes what needs quoting", function()
  local rs = rowset.new({{a = 'say "hi", then', b = 1}, {a = "plain"}}, {"a", "b"})
  eq(rs:csv(), 'a,b\r\n"say ""hi"", then",1\r\nplain,\r\n')
  local path = os.tmpname()
  eq(rs:csv(path), true)
  eq(H.read_file(path), rs:csv())
  os.remove(path)
end)

test("json keeps column order and types", function()
  local rs = rowset.new({{name = "Kerry", n = 3, ok = true}}, {"name", "n", "ok"})
  eq(rs:json(), '[{"name":"Kerry","n":3,"ok":true}]\n')
  local back = lede.json_decode(sample():json())
  eq(#back, 4)
  eq(back[3].outlet, "Reuters")
end)

-- A lazy row set of n rows of about 1 KB, and a function returning the
-- peak growth of the Lua heap (KB) seen every 1000 rows as they are fetched.
local function big_rows(n)
  collectgarbage("collect")
  local before, peak, i = collectgarbage("count"), 0, 0
  local rs = rowset.from_iterator({"i", "text"}, function()
    i = i + 1
    if i > n then return nil end
    if i % 1000 == 0 then peak = math.max(peak, collectgarbage("count") - before) end
    return {i = i, text = string.rep("x", 1000) .. ',"' .. i}
  end)
  return rs, function() return peak end, function() return math.min(i, n) end
end

-- How many of the lede process's file descriptors are open on path (read
-- with ls from /proc; the pipe ls writes to is not on path).
local function opened(path)
  local stat = assert(io.open("/proc/self/stat"))
  local pid = stat:read("n")
  stat:close()
  local p = assert(io.popen("ls -l /proc/" .. pid .. "/fd | grep -cF -- ' -> " .. path .. "'"))
  local n = p:read("n")
  p:close()
  return n
end

test("export to a path writes the bytes the string export returns", function()
  local rows = {{a = 'say "hi", then', b = 1, c = true}, {a = "two\nlines", b = 2.5},
                {a = "Zürich — “quoted”", c = false}, {}}
  eq(rowset.new({}, {"a", "b"}):csv(), "a,b\r\n")
  eq(rowset.new({}, {"a", "b"}):json(), "[]\n")
  eq(rowset.new({{a = 1}, {a = 2}}, {"a"}):json(), '[{"a":1},\n{"a":2}]\n')
  for _, format in ipairs({"csv", "json"}) do
    for _, list in ipairs({rows, {}}) do
      local path = os.tmpname()
      local lazy = rowset.from_iterator({"a", "b", "c"}, (function()
        local k = 0
        return function() k = k + 1 return list[k] end
      end)())
      eq(lazy[format](lazy, path), true, format)
      eq(H.read_file(path), rowset.new(list, {"a", "b", "c"})[format](rowset.new(list, {"a", "b", "c"})), format)
      os.remove(path)
    end
  end
end)

test("export to a path or an open file streams: memory stays flat", function()
  for _, format in ipairs({"csv", "json"}) do
    for _, to_file in ipairs({false, true}) do
      local path = os.tmpname()
      local what = format .. (to_file and " to a file" or " to a path")
      local f = to_file and assert(io.open(path, "wb")) or nil
      local rs, peak, fetched = big_rows(20000)
      eq(rs[format](rs, f or path), true, what)
      eq(fetched(), 20000, what)
      -- 20,000 rows of 1 KB are ~20 MB of text, more again as row tables
      ok(peak() < 8 * 1024, what .. " kept rows: " .. math.floor(peak()) .. " KB")
      if f then
        eq(io.type(f), "file", what .. ": left open")
        f:close()
      end
      local text = H.read_file(path)
      ok(#text > 20000 * 1000, what .. ": every row written")
      contains(text, '20000', what)
      os.remove(path)
    end
  end
end)

test("export to an open file writes what the string export gives", function()
  local f = assert(io.tmpfile())
  eq(sample():json(f), true)
  eq(sample():csv(f), true)
  f:seek("set")
  eq(f:read("a"), sample():json() .. sample():csv())
  f:close()
end)

test("export to a path keeps a row set read whole; a lazy one is used up", function()
  local path = os.tmpname()
  local whole = sample()
  eq(whole:csv(path), true)
  eq(#whole, 4)
  eq(H.read_file(path), whole:csv())
  local lazy, fetched = counting(5)
  eq(#lazy, 5) -- read whole first: the export reads the kept rows
  eq(lazy:json(path), true)
  eq(fetched(), 5)
  eq(#lazy, 5)
  eq(H.read_file(path), lazy:json())
  local fresh = counting(5)
  eq(fresh[2].i, 2)
  eq(fresh:csv(path), true)
  eq(H.read_file(path), "i\r\n1\r\n2\r\n3\r\n4\r\n5\r\n")
  eq(#fresh, 2) -- as after each(): only the rows read before are kept
  os.remove(path)
end)

test("a row set that can run its query again is not used up", function()
  local rs, runs, open_rows = rerunnable(4)
  eq(rs[2].i, 2) -- two rows read and kept
  local seen = {}
  for i, row in rs:each() do seen[#seen + 1] = i .. "=" .. row.i end
  eq(table.concat(seen, " "), "1=1 2=2 3=3 4=4")
  eq(runs(), 2) -- each() ran the query again
  local path = os.tmpname()
  eq(rs:csv(path), true)
  eq(H.read_file(path), "i\r\n1\r\n2\r\n3\r\n4\r\n")
  eq(rs:json(path), true)
  eq(H.read_file(path), rs:json())
  eq(#rs, 4) -- whole: nothing was used up
  os.remove(path)
  H.expect_error("bad argument #3 to 'from_iterator' %(function expected, got number%)",
                 rowset.from_iterator, {"i"}, open_rows(), 3)
  -- a query's row set, exported to a file twice, stays whole
  local corpus = assert(lede.open())
  H.ingest_jsonl(corpus, {{text = "Kerry said so.\n\nKerry spoke again on Monday."},
                          {text = "A second article.\n\nIt said more."}})
  local docs = corpus:sql("SELECT id FROM documents ORDER BY id")
  eq(docs[1].id, 1)
  eq(docs:csv(path), true)
  eq(docs:csv(path), true)
  eq(H.read_file(path), "id\r\n1\r\n2\r\n")
  eq(#docs, 2)
  os.remove(path)
  corpus:close()
end)

test("corpus:quotes() reads its quotes one at a time", function()
  local corpus = assert(lede.open())
  local records, long = {}, string.rep("word ", 200)
  for d = 1, 40 do
    local paras = {"Report " .. d}
    for q = 1, 25 do paras[#paras + 1] = ('"%s%d," said John Kerry.'):format(long, q) end
    records[d] = {text = table.concat(paras, "\n\n")}
  end
  H.ingest_jsonl(corpus, records)
  collectgarbage("collect")
  local before, peak, n = collectgarbage("count"), 0, 0
  local quotes = corpus:quotes()
  for _, q in quotes:each() do
    n = n + 1
    if n % 100 == 0 then -- what stays alive, garbage collected
      collectgarbage("collect")
      peak = math.max(peak, collectgarbage("count") - before)
    end
  end
  eq(n, 1000)
  ok(peak < 256, "quotes() held " .. math.floor(peak) .. " KB") -- the 1,000 quotes are ~1 MB
  eq(#quotes, 1000) -- and the row set is still whole
  corpus:close()
end)

test("an error in the rows stops the export and closes the file", function()
  local path = os.tmpname()
  for _, format in ipairs({"csv", "json"}) do
    local n = 0
    local rs = rowset.from_iterator({"i"}, function()
      n = n + 1
      if n == 3 then error({reason = "source broke"}) end
      return {i = n}
    end)
    local okay, err = pcall(rs[format], rs, path)
    eq(okay, false, format)
    eq(type(err) == "table" and err.reason, "source broke", format .. ": the error object goes on unchanged")
    eq(opened(path), 0, format .. ": no file left open")
    -- closed, not left for the collector: what was written is flushed
    eq(H.read_file(path), format == "csv" and "i\r\n1\r\n2\r\n" or '[{"i":1},\n{"i":2}', format)
  end
  os.remove(path)
end)

test("export to an unwritable path returns nil and a message", function()
  local okay, err = sample():csv("/no/such/dir/x.csv")
  eq(okay, nil)
  contains(err, "/no/such/dir/x.csv")
end)

-- /dev/full takes the open and the buffered write, and fails the close.
local full = io.open("/dev/full", "w")
if full then full:close() end
if not full then
  H.skip("export to a full disk", "no /dev/full")
else
  test("export to a full disk returns nil and a message naming the file", function()
    for _, format in ipairs({"csv", "json"}) do
      local okay, err = sample()[format](sample(), "/dev/full")
      eq(okay, nil, format)
      contains(err, "/dev/full: No space left on device", format)
      -- a failed write mid-way stops reading rows, and closes the file
      local rs, _, fetched = big_rows(20000)
      okay, err = rs[format](rs, "/dev/full")
      eq(okay, nil, format)
      contains(err, "/dev/full: No space left on device", format)
      ok(fetched() < 20000, format .. ": stopped at the failed write, read " .. fetched())
      eq(opened("/dev/full"), 0, format .. ": no file left open")
    end
  end)

  test("export to an open file on a full disk returns nil and leaves it open", function()
    local f = assert(io.open("/dev/full", "w"))
    local okay, err = sample():csv(f)
    eq(okay, nil)
    contains(err, "write: No space left on device")
    eq(io.type(f), "file")
    f:close()
  end)
end

test("printing draws a table with the row count", function()
  local s = tostring(sample())
  contains(s, "│ outlet  │ speaker         │ n │")
  contains(s, "4 rows")
  local big = counting(1000)
  contains(tostring(big), "more than 50 rows (first 50 shown")
  contains(tostring(rowset.new({}, {"a"})), "0 rows")
end)

test("misuse names the argument", function()
  H.expect_error("bad argument #1 to 'where' %(function expected, got nil%)", function() sample():where() end)
  H.expect_error("bad argument #1 to 'sort' %(column name or function expected", function() sample():sort(5) end)
  H.expect_error("bad argument #1 to 'head' %(non%-negative integer expected%)", function() sample():head(-1) end)
  H.expect_error("bad argument #1 to 'new' %(table expected, got string%)", rowset.new, "x")
  H.expect_error("bad argument #1 to 'csv' %(string or file expected, got number%)", function() sample():csv(5) end)
  local files = require("lede.files")
  H.expect_error("bad argument #2 to 'write_each' %(function expected, got string%)", files.write_each, "x", "y")
  H.expect_error("bad argument #1 to 'write_each' %(string or file expected, got boolean%)", files.write_each, true, print)
end)

H.done()
