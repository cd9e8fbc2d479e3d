-- lede.timeline: dated statements in order. Dates were resolved by the
-- parser against each document's publication date when it was known; here
-- they are put in calendar order with the sentence that holds them.

local M = {}
local Corpus = {}
M.Corpus = Corpus -- methods documented for help() as corpus:name

local rowset = require("lede.rowset")
local outlet_of = require("lede.search").outlet

--- corpus:timeline(opts?) -> rowset
--- Dated statements in calendar order: date (ISO, at the precision the text
--- gives: day, month or year), text (the date as written), outlet, id, and
--- the body sentence that holds it. Relative dates ("Friday", "last month")
--- have a date only when the document's publication date was known at
--- ingest. opts.all = true also lists the dates that did not resolve, last.
--- Example: corpus:timeline():head(10)
function Corpus.timeline(corpus, opts)
  if opts ~= nil and type(opts) ~= "table" then
    error(("bad argument #1 to 'timeline' (table expected, got %s)"):format(type(opts)), 2)
  end
  opts = opts or {}
  local sql = "SELECT t.doc_id, t.seq, t.text, t.value, t.precision, d.source, d.path,"
    .. " (SELECT s.text FROM sentence_texts s WHERE s.doc_id = t.doc_id"
    .. "   AND t.byte_start >= s.byte_start AND t.byte_start < s.byte_end) AS sentence"
    .. " FROM dates t JOIN documents d ON d.id = t.doc_id"
    .. (opts.all and "" or " WHERE t.value IS NOT NULL")
    .. " ORDER BY t.value IS NULL, t.value, t.doc_id, t.seq"
  local rows = {}
  for _, r in corpus:sql(sql):rows() do
    rows[#rows + 1] = {date = r.value, text = r.text, outlet = outlet_of(r.source, r.path),
      id = r.doc_id, sentence = r.sentence}
  end
  local rs = rowset.new(rows, {"date", "text", "outlet", "sentence"})
  rs.align = {date = "left", text = "left"} -- "2014" is a date, not a figure
  return rs
end

return M
