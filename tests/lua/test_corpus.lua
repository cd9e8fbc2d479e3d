-- The Corpus and Doc objects over the store: open, ingest, docs, doc, sql,
-- closing, and the messages for misuse and bad input.
local H = require("harness")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains
local tmpfile = H.tmpfile

local function seeds_corpus()
  local c = assert(lede.open())
  local r = c:ingest("seeds", {progress = false})
  return c, r
end

test("an in-memory corpus starts empty", function()
  local c = assert(lede.open())
  eq(#c, 0)
  contains(tostring(c), "corpus")
  c:close()
end)

test("ingest adds the seeds once, then skips them", function()
  local c, r = seeds_corpus()
  eq(r.added, 5)
  eq(r.skipped, 0)
  eq(r.failed, 0)
  eq(#c, 5)
  r = c:ingest("seeds", {progress = false})
  eq(r.added, 0)
  eq(r.skipped, 5)
  eq(#c, 5)
  r = c:ingest({"seeds/000_f5c1237fb4dadb5b.txt"}, {force = true, progress = false})
  eq(#c, 5, "force replaces, never duplicates")
end)

test("docs lists the documents; doc opens one", function()
  local c = seeds_corpus()
  local docs = c:docs()
  eq(#docs, 5)
  local d = c:doc(docs[4].id)
  eq(d.title, "Kerry Calls For War Crimes Investigations Of Russia, Syria Over Aleppo")
  eq(d.bylines[1], "Mike Eckel")
  ok(#d.text > 3000, "full text")
  contains(tostring(d), "Kerry Calls For War Crimes")
  eq(c:doc(9999), nil)
end)

test("a doc's parts come back as row sets", function()
  local c = seeds_corpus()
  local d = c:doc(c:docs()[1].id)
  local quotes = d:quotes()
  ok(#quotes >= 6, "quotes")
  local speakers = {}
  for _, q in quotes:rows() do speakers[q.speaker or "?"] = true end
  ok(speakers["John Kerry"], "Kerry is quoted")
  ok(#d:blocks() > #d:sentences() // 4, "blocks")
  ok(#d:entities() > 5, "entities")
  eq(d:numbers()[1].value, 20)
  ok(#d:dates() >= 5, "dates")
  -- text of every block is the slice of doc.text its offsets name
  for _, b in d:blocks():rows() do
    eq(d.text:sub(b.byte_start + 1, b.byte_end), b.text)
  end
end)

test("sql binds values and returns a row set", function()
  local c = seeds_corpus()
  local rows = c:sql("SELECT count(*) AS n FROM quotes WHERE speaker = ?", "John Kerry")
  ok(rows[1].n >= 8, "Kerry quoted in several outlets")
  eq(rows.columns[1], "n")
  rows = c:sql("SELECT title FROM documents WHERE title LIKE ? ORDER BY id", "%Kerry%")
  ok(#rows >= 3, "titles with Kerry")
end)

test("sql refuses writes and reports syntax errors clearly", function()
  local c = seeds_corpus()
  H.expect_error("sql: .*read%-only", function() c:sql("DELETE FROM documents") end)
  H.expect_error('sql: near "FORM": syntax error', function() c:sql("SELECT * FORM documents") end)
  H.expect_error("sql: .*parameters", function() c:sql("SELECT ?", 1, 2) end)
  eq(#c, 5, "nothing was deleted")
end)

test("search finds the phrase in every seed", function()
  local c = seeds_corpus()
  local rows = c:sql("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", '"war crimes"')
  eq(#rows, 5)
end)

test("a closed corpus says so", function()
  local c = seeds_corpus()
  local rows = c:sql("SELECT id FROM documents")
  c:close()
  c:close() -- twice is fine
  H.expect_error("attempt to use a closed corpus", function() return #c end)
  H.expect_error("attempt to use a closed corpus", function() c:ingest("seeds") end)
  eq(rows[1], nil, "a query left open ends when its corpus closes")
end)

test("to-be-closed variables close the corpus", function()
  local outer
  do
    local c <close> = assert(lede.open())
    outer = c
  end
  H.expect_error("closed corpus", function() return #outer end)
end)

test("a file on disk persists between opens", function()
  local path = os.tmpname()
  os.remove(path)
  local c = assert(lede.open(path))
  c:ingest("seeds/001_f198e9af24b5b421.txt", {progress = false})
  c:close()
  c = assert(lede.open(path, {readonly = true}))
  eq(#c, 1)
  c:close()
  os.remove(path)
  os.remove(path .. "-wal")
  os.remove(path .. "-shm")
end)

test("open refuses what is not a corpus", function()
  local c, err = lede.open("/no/such/dir/x.db")
  eq(c, nil)
  contains(err, "/no/such/dir/x.db")
  local path = tmpfile("just some text, not a database\n")
  c, err = lede.open(path)
  eq(c, nil)
  contains(err, "not a lede corpus")
  eq(H.read_file(path), "just some text, not a database\n", "left untouched")
  os.remove(path)
end)

test("ingest lists bad items and goes on", function()
  local c = assert(lede.open())
  local jsonl = tmpfile('{"text": "A headline\\n\\nA body paragraph about Aleppo and the war."}\n'
    .. "not json at all\n"
    .. '{"title": "no text field"}\n'
    .. '{"text": "Another headline\\n\\nAnother body paragraph, long enough to be one."}\n', ".jsonl")
  local empty = tmpfile("", ".txt")
  local r = c:ingest({jsonl, empty}, {progress = false})
  eq(r.added, 2)
  eq(r.failed, 3)
  local all = table.concat(r.errors, "\n")
  contains(all, jsonl .. ":2")
  contains(all, jsonl .. ":3")
  contains(all, empty)
  os.remove(jsonl)
  os.remove(empty)
end)

test("misuse names the argument", function()
  local c = assert(lede.open())
  local function fails(pattern, fn) H.expect_error(pattern, fn) end
  fails("bad argument #1 to 'ingest' %(string or table of strings expected",
    function() c:ingest(5) end)
  fails("bad argument #2 to 'ingest' %(opts.force: boolean expected, got string%)",
    function() c:ingest("seeds", {force = "yes"}) end)
  fails("opts.format: invalid option 'xml'", function() c:ingest("seeds", {format = "xml"}) end)
  fails("bad argument #1 to 'doc' %(integer expected, got string%)", function() c:doc("1") end)
  fails("bad argument #1 to 'sql' %(string expected, got nil%)", function() c:sql() end)
  fails("bad argument #1 to 'docs' %(filter.source: string expected", function() c:docs{source = 1} end)
  fails("bad argument #1 to '[%w.]*open' %(string expected, got table%)", function() lede.open({}) end)
  fails("calling 'ingest' on bad self", function() local x = {ingest = c.ingest} x:ingest("seeds") end)
end)

H.done()
