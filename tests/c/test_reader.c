/*
** test_reader.c — the ingest's input formats: detection by extension and
** content, plain text, JSON Lines (default and configured fields, bad
** lines with their line numbers, Multi-News cluster records), Multi-News
** text in both layouts, empty and huge inputs, and byte accounting.
*/
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "fixture.h"
#include "reader.h"

static char tmpdir[64];

/* Writes bytes to tmpdir/name and returns the path (static buffer). */
static const char *put(const char *name, const char *bytes, size_t n) {
  static char path[160];
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  FILE *f = fopen(path, "wb");
  if (f != NULL) {
    fwrite(bytes, 1, n, f);
    fclose(f);
  }
  return path;
}

#define PUT(name, lit) put((name), (lit), sizeof(lit) - 1)

/* Reads every item of path into items (at most max); returns the count. */
static size_t read_all_items(const char *path, InputFormat format, const JsonlFields *fields,
                             ReaderItem *items, size_t max, uint64_t *bytes) {
  Reader *r = NULL;
  size_t n = 0;
  if (reader_open(path, format, fields, &r, NULL) != LEDE_OK) return 0;
  ReaderItem item;
  *bytes = 0;
  while (reader_next(r, &item)) {
    *bytes += reader_take_bytes(r);
    if (n < max) items[n++] = item;
    else reader_item_free(&item);
  }
  *bytes += reader_take_bytes(r);
  reader_close(r);
  return n;
}

static void free_items(ReaderItem *items, size_t n) {
  for (size_t i = 0; i < n; i++) reader_item_free(&items[i]);
}

/* The part of where after the temp dir ("/a.jsonl:3"). */
static const char *tail(const char *where) { return where ? where + strlen(tmpdir) : ""; }

static void test_detect(void) {
  CHECK_INT_EQ(reader_detect("a.jsonl", SPAN_LIT("hello")), INPUT_JSONL);
  CHECK_INT_EQ(reader_detect("a.NDJSON", SPAN_LIT("")), INPUT_JSONL);
  CHECK_INT_EQ(reader_detect("train.src", SPAN_LIT("x")), INPUT_MULTINEWS);
  CHECK_INT_EQ(reader_detect("a.txt", SPAN_LIT("{\"text\": \"x\"}\n{\"text\": \"y\"}\n")), INPUT_JSONL);
  CHECK_INT_EQ(reader_detect("a.txt", SPAN_LIT("{not json}\nmore\n")), INPUT_TEXT);
  CHECK_INT_EQ(reader_detect("a.txt", SPAN_LIT("one ||||| two")), INPUT_MULTINEWS);
  CHECK_INT_EQ(reader_detect("a", SPAN_LIT("a NEWLINE_CHAR b story_separator_special_tag c")), INPUT_MULTINEWS);
  CHECK_INT_EQ(reader_detect("a.txt", SPAN_LIT("Title\n\nBody | with a bar.\n")), INPUT_TEXT);
}

static void test_text(void) {
  ReaderItem it[4];
  uint64_t bytes = 0;
  const char *path = PUT("a.txt", "Title\r\n\r\nBody text.\r\n");
  CHECK_INT_EQ(read_all_items(path, INPUT_AUTO, NULL, it, 4, &bytes), 1);
  CHECK_SPAN_EQ(it[0].text, it[0].len, "Title\r\n\r\nBody text.\r\n");
  CHECK(it[0].reason == NULL);
  CHECK_SPAN_EQ(tail(it[0].where), strlen(tail(it[0].where)), "/a.txt");
  CHECK_INT_EQ(bytes, 21);
  free_items(it, 1);
  /* a 0-byte file is one empty article (the parser says "empty file") */
  path = put("empty.txt", "", 0);
  CHECK_INT_EQ(read_all_items(path, INPUT_AUTO, NULL, it, 4, &bytes), 1);
  CHECK(it[0].text != NULL && it[0].len == 0);
  free_items(it, 1);
  /* JSON forced to be text stays whole */
  path = PUT("j.txt", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n");
  CHECK_INT_EQ(read_all_items(path, INPUT_TEXT, NULL, it, 4, &bytes), 1);
  CHECK_INT_EQ(it[0].len, 28);
  free_items(it, 1);
  Reader *r = NULL;
  Err err = {0};
  CHECK_INT_EQ(reader_open("/nonexistent/x.txt", INPUT_AUTO, NULL, &r, &err), LEDE_EIO);
  CHECK(strstr(err.msg, "/nonexistent/x.txt: No such file or directory") != NULL);
  CHECK_INT_EQ(reader_open(tmpdir, INPUT_AUTO, NULL, &r, &err), LEDE_EIO);
  CHECK(strstr(err.msg, "Is a directory") != NULL);
}

static void test_jsonl(void) {
  ReaderItem it[16];
  uint64_t bytes = 0;
  static const char data[] =
      "{\"text\": \"First article.\", \"title\": \"One\", \"url\": \"http://a\", \"date\": \"2016-10-07\","
      " \"source\": \"Wire\"}\n"
      "\n"
      "this is not json\n"
      "{\"headline\": \"no text here\"}\n"
      "{\"body\": \"Second, from body.\"}\n"
      "[1, 2]\n"
      "{\"row_id\": 425, \"documents\": [\"Doc A\", \"Doc B\"], \"summary\": \"s\"}\n"
      "{\"content\": \"Last, no newline.\"}";
  const char *path = put("n.jsonl", data, sizeof data - 1);
  size_t n = read_all_items(path, INPUT_AUTO, NULL, it, 16, &bytes);
  CHECK_INT_EQ(n, 8);
  CHECK_INT_EQ(bytes, sizeof data - 1);
  if (n != 8) return;
  CHECK_SPAN_EQ(it[0].text, it[0].len, "First article.");
  CHECK(strcmp(it[0].title, "One") == 0 && strcmp(it[0].url, "http://a") == 0);
  CHECK(strcmp(it[0].published, "2016-10-07") == 0 && strcmp(it[0].source, "Wire") == 0);
  CHECK(strcmp(tail(it[0].where), "/n.jsonl:1") == 0);
  CHECK(strcmp(tail(it[1].where), "/n.jsonl:3") == 0 && it[1].text == NULL);
  CHECK(strstr(it[1].reason, "not JSON (line 1, column 1") != NULL);
  CHECK(strcmp(tail(it[2].where), "/n.jsonl:4") == 0);
  CHECK(strcmp(it[2].reason, "no text field (looked for \"text\", \"body\", \"content\")") == 0);
  CHECK_SPAN_EQ(it[3].text, it[3].len, "Second, from body.");
  CHECK(strcmp(it[4].reason, "not a JSON object") == 0);
  CHECK_SPAN_EQ(it[5].text, it[5].len, "Doc A");
  CHECK(strcmp(tail(it[5].where), "/n.jsonl:7#1") == 0 && strcmp(it[5].cluster, "425") == 0);
  CHECK(strcmp(tail(it[6].where), "/n.jsonl:7#2") == 0 && strcmp(it[6].cluster, "425") == 0);
  CHECK_SPAN_EQ(it[7].text, it[7].len, "Last, no newline.");
  CHECK(strcmp(tail(it[7].where), "/n.jsonl:8") == 0);
  free_items(it, n);
  /* configured field names */
  path = PUT("c.jsonl", "{\"article\": \"Configured.\", \"headline\": \"H\", \"text\": \"not this\"}\n{\"text\": \"x\"}\n");
  JsonlFields fields = {.text = "article", .title = "headline"};
  n = read_all_items(path, INPUT_AUTO, &fields, it, 16, &bytes);
  CHECK_INT_EQ(n, 2);
  CHECK_SPAN_EQ(it[0].text, it[0].len, "Configured.");
  CHECK(it[0].title != NULL && strcmp(it[0].title, "H") == 0);
  CHECK(it[1].reason != NULL && strcmp(it[1].reason, "no text field \"article\"") == 0);
  free_items(it, n);
  /* nothing but blank lines */
  path = PUT("blank.jsonl", "\n  \n\n");
  n = read_all_items(path, INPUT_AUTO, NULL, it, 16, &bytes);
  CHECK_INT_EQ(n, 1);
  CHECK(n == 1 && strcmp(it[0].reason, "no articles found") == 0);
  free_items(it, n);
}

static void test_multinews(void) {
  ReaderItem it[8];
  uint64_t bytes = 0;
  const char *path =
      PUT("train.src", "First story NEWLINE_CHAR NEWLINE_CHAR goes on. story_separator_special_tag Second story.\n"
                       "\n"
                       "Third story ||||| Fourth story\n");
  size_t n = read_all_items(path, INPUT_AUTO, NULL, it, 8, &bytes);
  CHECK_INT_EQ(n, 4);
  if (n != 4) return;
  CHECK_SPAN_EQ(it[0].text, it[0].len, "First story \n \n goes on.");
  CHECK(strcmp(tail(it[0].where), "/train.src:1#1") == 0 && strcmp(tail(it[0].cluster), "/train.src:1") == 0);
  CHECK_SPAN_EQ(it[1].text, it[1].len, "Second story.");
  CHECK(strcmp(tail(it[2].where), "/train.src:3#1") == 0 && strcmp(tail(it[3].cluster), "/train.src:3") == 0);
  free_items(it, n);
  /* the TSV-style layout: real newlines, "|||||" between articles, one cluster */
  path = PUT("cluster.txt", "One\n\nFirst body.\n ||||| \nTwo\n\nSecond body.\n|||||\n\n");
  n = read_all_items(path, INPUT_AUTO, NULL, it, 8, &bytes);
  CHECK_INT_EQ(n, 2);
  if (n != 2) return;
  CHECK_SPAN_EQ(it[0].text, it[0].len, "One\n\nFirst body.");
  CHECK_SPAN_EQ(it[1].text, it[1].len, "Two\n\nSecond body.");
  CHECK(strcmp(tail(it[1].where), "/cluster.txt#2") == 0 && strcmp(tail(it[1].cluster), "/cluster.txt") == 0);
  free_items(it, n);
}

static void test_html(void) {
  CHECK_INT_EQ(reader_detect("page.HTML", SPAN_LIT("x")), INPUT_HTML);
  CHECK_INT_EQ(reader_detect("page", SPAN_LIT("\n  <!DOCTYPE html><html><body>x")), INPUT_HTML);
  CHECK_INT_EQ(reader_detect("a.txt", SPAN_LIT("<b>Bold</b> claims\n\nText.")), INPUT_TEXT);
  ReaderItem it[2];
  uint64_t bytes = 0;
  const char *path = PUT("page.htm",
      "<!doctype html><html><head><title>Plain title</title>"
      "<meta property=\"og:title\" content=\"Kerry calls for probe\">"
      "<meta property=\"og:site_name\" content=\"Wire\">"
      "<meta property=\"article:published_time\" content=\"2016-10-07T12:00:00Z\">"
      "<link rel=\"canonical\" href=\"https://example.com/kerry\">"
      "<script>var x = \"not text\";</script><style>p { color: red }</style></head>"
      "<body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
      "<article><h1>Kerry calls for probe</h1><!-- a comment -->"
      "<p>WASHINGTON &mdash; John   Kerry\n said <em>on Friday</em> that Russia&nbsp;must answer.</p>"
      "<div><div><p>\"We need answers,\" he said.</p></div></div><p></p>"
      "<figure><img src=x.jpg><figcaption>Kerry in Paris.</figcaption></figure></article>"
      "<aside>Read more: other stories</aside><footer>Copyright 2016</footer>"
      "<script>alert(1)</script></body></html>");
  size_t n = read_all_items(path, INPUT_AUTO, NULL, it, 2, &bytes);
  CHECK_INT_EQ(n, 1);
  if (n != 1) return;
  CHECK_SPAN_EQ(it[0].text, it[0].len,
                "Kerry calls for probe\n\nWASHINGTON \xE2\x80\x94 John Kerry said on Friday that Russia\xC2\xA0must "
                "answer.\n\n\"We need answers,\" he said.\n\nKerry in Paris.");
  CHECK(it[0].title && strcmp(it[0].title, "Kerry calls for probe") == 0);
  CHECK(it[0].source && strcmp(it[0].source, "Wire") == 0);
  CHECK(it[0].url && strcmp(it[0].url, "https://example.com/kerry") == 0);
  CHECK(it[0].published && strcmp(it[0].published, "2016-10-07T12:00:00Z") == 0);
  free_items(it, n);
  /* a page with nothing to read, and 50,000 nested elements */
  path = PUT("empty.html", "<html><head><title>t</title></head><body><script>x()</script></body></html>");
  n = read_all_items(path, INPUT_AUTO, NULL, it, 2, &bytes);
  CHECK(n == 1 && it[0].reason != NULL && strcmp(it[0].reason, "no text in the page") == 0);
  free_items(it, n);
  size_t depth = 50000;
  char *deep = malloc(depth * 11 + 64);
  size_t pos = (size_t)sprintf(deep, "<html><body>");
  for (size_t i = 0; i < depth; i++) pos += (size_t)sprintf(deep + pos, "<span>");
  pos += (size_t)sprintf(deep + pos, "deep text");
  path = put("deep.html", deep, pos);
  n = read_all_items(path, INPUT_AUTO, NULL, it, 2, &bytes);
  CHECK(n == 1 && it[0].text != NULL && strcmp(it[0].text, "deep text") == 0);
  free_items(it, n);
  free(deep);
}

/* 20,000 separators and a 4 MB line: must stay linear (well under a second). */
static void test_big_inputs(void) {
  size_t n_sep = 20000, len = n_sep * 32;
  char *buf = malloc(len + 1);
  size_t pos = 0;
  for (size_t i = 0; i < n_sep; i++) pos += (size_t)sprintf(buf + pos, "a%zu ||||| ", i);
  const char *path = put("many.txt", buf, pos);
  clock_t t0 = clock();
  Reader *r = NULL;
  size_t n = 0;
  ReaderItem item;
  if (reader_open(path, INPUT_AUTO, NULL, &r, NULL) == LEDE_OK)
    while (reader_next(r, &item)) n++, reader_item_free(&item);
  reader_close(r);
  CHECK_INT_EQ(n, n_sep);
  free(buf);
  size_t big = (size_t)4 << 20;
  buf = malloc(big + 32);
  memcpy(buf, "{\"text\": \"", 10);
  memset(buf + 10, 'x', big);
  memcpy(buf + 10 + big, "\"}\n", 3);
  path = put("big.jsonl", buf, big + 13);
  ReaderItem it[2];
  uint64_t bytes = 0;
  n = read_all_items(path, INPUT_AUTO, NULL, it, 2, &bytes);
  CHECK_INT_EQ(n, 1);
  CHECK(n == 1 && it[0].len == big);
  free_items(it, n);
  free(buf);
  CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 2.0);
}

int main(void) {
  if (!fixture_tmpdir(tmpdir, sizeof tmpdir, "reader")) return 1;
  test_detect();
  test_text();
  test_jsonl();
  test_multinews();
  test_html();
  test_big_inputs();
  fixture_tmpdir_remove(tmpdir);
  return CHECK_DONE();
}
