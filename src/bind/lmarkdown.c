/*
** lmarkdown.c — lede.markdown_html: CommonMark text to HTML through libcmark,
** for the prose of notebook reports (lua/lede/report.lua). libcmark's
** output is malloc'd, so it is held in an owning box (lbind_box_new):
** a memory error while the result is pushed leaks nothing.
*/
#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "lbind.h"

/* Frees the HTML an owning box holds (a char *; NULL: nothing owned). */
static void html_dtor(void *html) {
  free(*(char **)html);
  *(char **)html = NULL;
}

/* lede.markdown_html(text) -> string. Raw HTML in text is not copied
** through (libcmark's safe default): prose cannot inject markup or script
** into a report. */
static int lmarkdown_html(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  char **html = lbind_box_new(L, sizeof *html, html_dtor); /* text box */
  *html = cmark_markdown_to_html(text, len, CMARK_OPT_DEFAULT);
  if (*html == NULL) return luaL_error(L, "markdown_html: not enough memory");
  lua_pushlstring(L, *html, strlen(*html)); /* text box html; the box still owns it */
  html_dtor(html);
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
