/*
** lmarkdown.c — lede.markdown_html: CommonMark text to HTML through libcmark,
** for the prose of notebook reports (lua/lede/report.lua). libcmark's
** output is malloc'd, so it is held in a userdata box whose __gc frees it:
** a memory error while the result is pushed leaks nothing.
*/
#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "lbind.h"

#define MARKDOWN_BOX_MT "lede.MarkdownBox"

typedef struct {
  char *html; /* NULL: nothing owned */
} MarkdownBox;

static int markdown_box_gc(lua_State *L) {
  MarkdownBox *box = luaL_checkudata(L, 1, MARKDOWN_BOX_MT);
  free(box->html);
  box->html = NULL;
  return 0;
}

/* Pushes an empty box that frees what it holds when collected. */
static MarkdownBox *new_markdown_box(lua_State *L) {
  MarkdownBox *box = lua_newuserdatauv(L, sizeof *box, 0);
  box->html = NULL;
  if (luaL_newmetatable(L, MARKDOWN_BOX_MT)) {
    lua_pushcfunction(L, markdown_box_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  return box;
}

/* lede.markdown_html(text) -> string. Raw HTML in text is not copied
** through (libcmark's safe default): prose cannot inject markup or script
** into a report. */
static int lmarkdown_html(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  MarkdownBox *box = new_markdown_box(L); /* text box */
  box->html = cmark_markdown_to_html(text, len, CMARK_OPT_DEFAULT);
  if (box->html == NULL) return luaL_error(L, "markdown_html: not enough memory");
  lua_pushlstring(L, box->html, strlen(box->html)); /* text box html; the box still owns it */
  free(box->html);
  box->html = NULL;
  return 1;
}

static const LedeReg markdown_functions[] = {
    {"markdown_html", lmarkdown_html, "lede.markdown_html(text) -> string",
     "CommonMark text as an HTML fragment (libcmark): headings, paragraphs, emphasis, links, lists, "
     "block quotes and code. Raw HTML in the text is left out (a comment marks where), so "
     "notebook prose cannot inject markup into a report."},
    {NULL, NULL, NULL, NULL}};

void lbind_open_markdown(lua_State *L, int lede_table) {
  lbind_register(L, lede_table, "lede.", markdown_functions);
}
