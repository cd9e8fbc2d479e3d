-- lede.parse, lede.sentences, lede.tokens and the JSON helpers.
local H = require("harness")
local test, eq, ok, contains = H.test, H.eq, H.ok, H.contains

local ARTICLE = table.concat({
  "Kerry Calls For War Crimes Probe",
  "",
  "By Jane Doe",
  "",
  "WASHINGTON -- U.S. Secretary of State John Kerry on Friday called for a war crimes "
    .. "investigation of Russia and Syria, where more than 250,000 civilians are stranded.",
  "",
  "\"These are acts that beg for an appropriate investigation of war crimes,\" Kerry told reporters.",
  "",
  "Read More: Other news",
}, "\n")

test("parse finds the structure of an article", function()
  local a = assert(lede.parse(ARTICLE, {date = "2016-10-08"}))
  eq(a.title, "Kerry Calls For War Crimes Probe")
  eq(a.bylines[1], "Jane Doe")
  eq(a.dateline, "WASHINGTON")
  local kinds = {}
  for _, b in ipairs(a.blocks) do kinds[b.kind] = (kinds[b.kind] or 0) + 1 end
  eq(kinds.body, 2, "two body paragraphs")
  eq(kinds.boilerplate, 1, "the Read More link")
end)

test("parse finds quotes with speakers and cues", function()
  local a = assert(lede.parse(ARTICLE))
  eq(#a.quotes, 1)
  local q = a.quotes[1]
  eq(q.text, "These are acts that beg for an appropriate investigation of war crimes,")
  eq(q.speaker, "John Kerry")
  eq(q.cue, "told reporters")
  eq(q.kind, "full")
end)

test("parse finds entities, numbers and dates", function()
  local a = assert(lede.parse(ARTICLE, {date = "2016-10-08"}))
  local people = {}
  for _, e in ipairs(a.entities) do if e.type == "person" then people[e.name] = e end end
  ok(people["John Kerry"], "John Kerry is a person")
  eq(a.numbers[1].text, "250,000 civilians")
  eq(a.numbers[1].value, 250000)
  eq(a.dates[1].text, "Friday")
  eq(a.dates[1].value, "2016-10-07", "the Friday before publication")
end)

test("parse returns nil and a reason for unusable text", function()
  local a, err = lede.parse("")
  eq(a, nil)
  contains(err, "empty")
  a, err = lede.parse("abc\0def")
  eq(a, nil)
  contains(err, "NUL byte at offset 3")
end)

test("parse counts invalid UTF-8", function()
  local a = assert(lede.parse("Caf\xff\xfe is here and this is a longer line of text.\n"))
  ok(a.invalid_bytes > 0 or a.encoding == "windows-1252", "reported")
end)

test("parse rejects a wrong option type or date", function()
  H.expect_error("bad argument #1 to '[%w.]*parse' %(string expected, got no value%)", lede.parse)
  H.expect_error("bad argument #2 to '[%w.]*parse' %(table expected, got string%)", lede.parse, "x", "y")
  H.expect_error("opts.date: string expected, got number", lede.parse, "x", {date = 5})
  H.expect_error("opts.date: YYYY%-MM%-DD expected", lede.parse, "x", {date = "Oct 7"})
end)

test("sentences split on abbreviations correctly", function()
  local s = assert(lede.sentences("Mr. Kerry met Gen. Smith at 3 p.m. on Friday. He left. U.S. officials said so."))
  eq(#s, 3)
  eq(s[1], "Mr. Kerry met Gen. Smith at 3 p.m. on Friday.")
  eq(s[3], "U.S. officials said so.")
end)

test("tokens carry classes and positions", function()
  local t = assert(lede.tokens("Kerry's 275,000 (U.S.) $5"))
  local text = "Kerry's 275,000 (U.S.) $5"
  for _, tok in ipairs(t) do eq(text:sub(tok.start, tok.stop), tok.text, "position of " .. tok.text) end
  eq(t[1].text, "Kerry")
  eq(t[3].class, "number")
  eq(t[3].text, "275,000")
  local found
  for _, tok in ipairs(t) do if tok.text == "U.S." then found = tok end end
  ok(found and found.class == "word", "U.S. is one word")
end)

test("sentences and tokens reject bad arguments", function()
  H.expect_error("bad argument #1 to '[%w.]*sentences'", lede.sentences, {})
  H.expect_error("bad argument #1 to '[%w.]*tokens'", lede.tokens, nil)
end)

test("json round trip", function()
  local v = {name = "Kerry", quotes = {1, 2.5, "three"}, ok = true}
  local back = assert(lede.json_decode(lede.json_encode(v)))
  eq(back.name, "Kerry")
  eq(back.quotes[2], 2.5)
  eq(back.quotes[3], "three")
  eq(back.ok, true)
  eq(lede.json_encode({}), "[]")
  eq(lede.json_encode("a\"b\n"), '"a\\"b\\n"')
end)

test("json_decode reports where malformed JSON breaks", function()
  local v, err = lede.json_decode('{"a": [1, 2,, 3]}')
  eq(v, nil)
  contains(err, "line 1, column")
end)

test("json_encode refuses what JSON cannot hold", function()
  H.expect_error("cannot encode a function", lede.json_encode, {f = print})
  H.expect_error("object keys must be strings", lede.json_encode, {[true] = 1})
  local t = {}
  t.self = t
  H.expect_error("nested too deeply", lede.json_encode, t)
end)

H.done()
