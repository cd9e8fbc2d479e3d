/*
** reader_html.c — readable text and article metadata out of an HTML page
** with libgumbo (reader_html.h). Block elements become paragraphs, runs of
** white space collapse to one space, and subtrees that are never article
** text (scripts, navigation, footers, forms...) are skipped.
*/
#include "reader_html.h"

#include <gumbo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Whether a tag's subtree is skipped, or breaks the text into paragraphs. */
typedef enum { TAG_INLINE, TAG_BLOCK, TAG_SKIP } TagRole;

static TagRole tag_role(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
      return TAG_SKIP;
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_TIME:
      return TAG_BLOCK;
    default: return TAG_INLINE;
  }
}

/* The text being built: a paragraph break is written lazily, before the
** next visible character, so empty blocks leave nothing behind. */
typedef struct {
  StrBuf *sb;
  bool wants_break, wants_space;
} TextOut;

static void out_text(TextOut *o, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      o->wants_space = true;
      continue;
    }
    if (o->sb->len > 0 && o->wants_break) strbuf_append(o->sb, "\n\n", 2);
    else if (o->sb->len > 0 && o->wants_space) strbuf_append_char(o->sb, ' ');
    o->wants_break = o->wants_space = false;
    strbuf_append_char(o->sb, (char)c);
  }
}

/* A stack frame of the walk: a node and the next child to visit. */
typedef struct {
  const GumboNode *node;
  unsigned next;
} Frame;

/* Walks the tree under root in document order, writing its text. */
static bool walk_text(const GumboNode *root, TextOut *o) {
  VEC(Frame) stack = {0};
  bool is_ok = vec_push(&stack, ((Frame){root, 0}));
  while (is_ok && stack.len > 0) {
    Frame *f = &stack.items[stack.len - 1];
    const GumboNode *n = f->node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      out_text(o, n->v.text.text, strlen(n->v.text.text));
      stack.len--;
      continue;
    }
    if (n->type == GUMBO_NODE_COMMENT) {
      stack.len--;
      continue;
    }
    bool is_element = n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
    const GumboVector *kids = is_element ? &n->v.element.children : &n->v.document.children;
    TagRole role = is_element ? tag_role(n->v.element.tag) : TAG_INLINE;
    if (f->next == 0 && role == TAG_BLOCK) o->wants_break = true;
    if (role == TAG_SKIP || f->next >= kids->length) {
      if (role == TAG_BLOCK) o->wants_break = true;
      stack.len--;
      continue;
    }
    const GumboNode *child = kids->data[f->next++];
    is_ok = vec_push(&stack, ((Frame){child, 0}));
  }
  vec_free(&stack);
  return is_ok;
}

/* The value of attribute name on element n, or NULL. */
static const char *attr(const GumboNode *n, const char *name) {
  const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : NULL;
}

/* Sets *slot to a copy of value unless it is already set (first wins). */
static void keep_first(char **slot, const char *value) {
  if (*slot == NULL && value != NULL && value[0] != '\0') *slot = strdup(value);
}

/* Reads <title>, <meta> and <link> of the head into page. */
static void read_head(const GumboNode *head, HtmlPage *page) {
  char *og_title = NULL, *plain_title = NULL, *og_url = NULL;
  const GumboVector *kids = &head->v.element.children;
  for (unsigned i = 0; i < kids->length; i++) {
    const GumboNode *n = kids->data[i];
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = n->v.element.tag;
    const char *prop = tag == GUMBO_TAG_META ? attr(n, "property") : NULL;
    const char *name = tag == GUMBO_TAG_META ? attr(n, "name") : NULL;
    const char *content = tag == GUMBO_TAG_META ? attr(n, "content") : NULL;
    const char *key = prop ? prop : name ? name : "";
    if (tag == GUMBO_TAG_TITLE && n->v.element.children.length > 0) {
      const GumboNode *t = n->v.element.children.data[0];
      if (t->type == GUMBO_NODE_TEXT) keep_first(&plain_title, t->v.text.text);
    }
    if (tag == GUMBO_TAG_LINK && attr(n, "rel") && strcasecmp(attr(n, "rel"), "canonical") == 0)
      keep_first(&page->url, attr(n, "href"));
    if (strcasecmp(key, "og:title") == 0) keep_first(&og_title, content);
    if (strcasecmp(key, "og:url") == 0) keep_first(&og_url, content);
    if (strcasecmp(key, "og:site_name") == 0) keep_first(&page->source, content);
    if (strcasecmp(key, "article:published_time") == 0 || strcasecmp(key, "date") == 0 ||
        strcasecmp(key, "pubdate") == 0)
      keep_first(&page->published, content);
  }
  page->title = og_title ? og_title : plain_title;
  free(og_title ? plain_title : NULL);
  if (page->url == NULL) page->url = og_url;
  else free(og_url);
}

static const GumboNode *child_element(const GumboNode *n, GumboTag tag) {
  const GumboVector *kids = &n->v.element.children;
  for (unsigned i = 0; i < kids->length; i++) {
    const GumboNode *k = kids->data[i];
    if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == tag) return k;
  }
  return NULL;
}

LedeStatus html_extract(Span html, HtmlPage *page, Err *err) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0; /* we never read the error list: don't build it */
  GumboOutput *out = gumbo_parse_with_options(&options, html.ptr, html.len);
  if (out == NULL) return err_set(err, LEDE_ENOMEM, "out of memory");
  const GumboNode *head = child_element(out->root, GUMBO_TAG_HEAD);
  const GumboNode *body = child_element(out->root, GUMBO_TAG_BODY);
  if (head != NULL) read_head(head, page);
  TextOut o = {&page->text, false, false};
  bool is_ok = body == NULL || walk_text(body, &o);
  gumbo_destroy_output(&options, out);
  if (!is_ok || page->text.is_oom) return err_set(err, LEDE_ENOMEM, "out of memory");
  if (page->text.len == 0) return err_set(err, LEDE_EINPUT, "no text in the page");
  return LEDE_OK;
}

void html_page_free(HtmlPage *page) {
  strbuf_free(&page->text);
  free(page->title);
  free(page->url);
  free(page->source);
  free(page->published);
  *page = (HtmlPage){0};
}
