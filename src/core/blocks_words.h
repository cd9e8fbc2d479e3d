/*
** blocks_words.h — the small word lists behind blocks.c: navigation lines,
** link prefixes, photo-credit markers, agency names, title-case function
** words, byline role words and author-bio words. Every list is sorted
** (ASCII, lowercase unless noted) so blocks.c can binary-search it.
** Included by blocks.c only.
*/
#ifndef LEDE_BLOCKS_WORDS_H
#define LEDE_BLOCKS_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "scan.h"

#define WORDS_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Whole lines (compared case-insensitively, a final ':' ignored) that are
** site navigation, share buttons or section labels, never article text. */
static const char *const nav_lines[] = {
    "accessibility links", "ad", "advertisement", "advertising",
    "breaking news", "close", "comment", "comments", "continue reading",
    "copy link", "email", "facebook", "follow us", "home", "instagram",
    "latest news", "linkedin", "listen", "loading", "menu", "more", "more news",
    "most popular", "most read", "most viewed", "news", "pinterest", "print",
    "read more", "recommended", "related", "related articles",
    "related content", "related coverage", "related stories", "related topics",
    "search", "see also", "share", "share on facebook", "share on twitter",
    "share this", "share this article", "share this story", "show comments",
    "sign up", "skip to content", "skip to main content", "sponsored",
    "sponsored content", "story continues below advertisement", "subscribe",
    "tags", "top stories", "topics", "trending", "tweet",
    "tweet with a location", "twitter", "video", "watch", "whatsapp",
    "you may also like",
};

/* Whole lines (case-insensitive, a final ':' ignored) that label the next
** line as a caption. */
static const char *const label_lines[] = {
    "caption", "image caption", "media caption", "photo caption",
};

/* Line openings (case-insensitive) of links and calls to action; the prefix
** must be followed by ':', a space or the end of the line. */
static const char *const link_prefixes[] = {
    "also read", "click here", "continue reading", "don't miss", "download our",
    "download the app", "e-mail:", "email:", "filed under", "follow her",
    "follow him", "follow me", "follow us", "join us", "last updated",
    "like us on", "listen to this", "media playback", "more on:", "more:",
    "must read", "must watch", "now watch", "published on", "published:",
    "read also", "read more", "recommended:", "related coverage",
    "related stories", "related:", "see also", "share on", "share this",
    "share via", "sign up", "story highlights", "subscribe to",
    "tags:", "topics:", "twitter:", "updated:", "watch now", "watch:",
    "you might also like",
};

/* For each byte, 1 + the index of the first link prefix that starts with
** it (0: none), so cue_link jumps to the bucket of the line's first byte,
** lower-cased (test_blocks checks it against the list). */
static const unsigned char link_first_index[256] = {
    ['a'] = 1, ['c'] = 2, ['d'] = 4, ['e'] = 7, ['f'] = 9, ['j'] = 14, ['l'] = 15, ['m'] = 18,
    ['n'] = 23, ['p'] = 24, ['r'] = 26, ['s'] = 32, ['t'] = 39, ['u'] = 42, ['w'] = 43, ['y'] = 45,
};

/* Substrings (case-sensitive, as printed) that mark a photo credit or a
** caption's credit label, or open an agency's file-photo caption ("FILE -
** In this June 14, 2012 file photo, ..."); sorted by bytes, so those sharing a first byte
** sit together. */
static const char *const credit_markers[] = {
    "/AFP", "/Getty", "/REUTERS", "/Reuters", "AFP/", "AP Photo", "Courtesy of",
    "Credit:", "EPA/", "FILE - ", "FILE \xE2\x80\x93", "FILE \xE2\x80\x94",
    "Getty Images", "Image caption", "Image copyright", "Image source",
    "Image:", "Media caption", "Photo by", "Photo credit", "Photo:",
    "Photograph:", "Photographs by", "Picture:", "REUTERS/", "Screenshot by",
    "courtesy of", "credit:", "\xC2\xA9",
};

/* For each byte, 1 + the index of the first credit marker that starts with
** it (0: none), so the scan skips other bytes and jumps to its bucket
** (test_blocks checks it against the list). */
static const unsigned char credit_first_index[256] = {
    ['/'] = 1, ['A'] = 5, ['C'] = 7, ['E'] = 9, ['F'] = 10, ['G'] = 13,
    ['I'] = 14, ['M'] = 18, ['P'] = 19, ['R'] = 25, ['S'] = 26, ['c'] = 27,
    [0xC2] = 29,
};

/* The first two bytes of every credit marker, once each, sorted (those
** sharing a first byte share its test): scan_pairs16_sorted finds where
** one of them starts among sixteen bytes, so only those places
** are compared with the markers ("Co" and "Cr" are looked at, "Ch" and "CE"
** never). test_blocks checks them against the list. */
static const ScanPair credit_pairs[] = {
    {'/', 'A'}, {'/', 'G'}, {'/', 'R'}, {'A', 'F'}, {'A', 'P'}, {'C', 'o'}, {'C', 'r'},
    {'E', 'P'}, {'F', 'I'}, {'G', 'e'}, {'I', 'm'}, {'M', 'e'}, {'P', 'h'}, {'P', 'i'},
    {'R', 'E'}, {'S', 'c'}, {'c', 'o'}, {'c', 'r'}, {0xC2, 0xA9},
};

/* News agencies and picture desks (case-sensitive, as printed): a short
** capitalized line that names one is a credit ("Reuters", "TRT World and
** Agencies"). */
static const char *const agency_words[] = {
    "AAP", "AFP", "AP", "Agencies", "Agency", "Anadolu", "Bloomberg", "DPA",
    "EPA", "Getty", "PA", "REUTERS", "Reuters", "Shutterstock", "TASS", "UPI",
    "Xinhua", "dpa",
};

/* Which label list a word may be in, by its first byte: LABEL_AGENCY for
** the first byte of an agency word (as printed), LABEL_IMAGE for that of an
** image word (either case). label_kinds_of looks a word up only in the
** lists its first byte allows (test_blocks checks the table against them). */
enum { LABEL_AGENCY = 1, LABEL_IMAGE = 2 };
static const unsigned char label_first[256] = {
    ['A'] = LABEL_AGENCY, ['B'] = LABEL_AGENCY, ['D'] = LABEL_AGENCY, ['E'] = LABEL_AGENCY,
    ['G'] = LABEL_AGENCY | LABEL_IMAGE, ['P'] = LABEL_AGENCY | LABEL_IMAGE,
    ['R'] = LABEL_AGENCY, ['S'] = LABEL_AGENCY | LABEL_IMAGE, ['T'] = LABEL_AGENCY,
    ['U'] = LABEL_AGENCY, ['X'] = LABEL_AGENCY, ['d'] = LABEL_AGENCY,
    ['I'] = LABEL_IMAGE, ['V'] = LABEL_IMAGE, ['g'] = LABEL_IMAGE, ['i'] = LABEL_IMAGE,
    ['p'] = LABEL_IMAGE, ['s'] = LABEL_IMAGE, ['v'] = LABEL_IMAGE,
};

/* Function words that headlines in title case leave in lower case. */
static const char *const small_words[] = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
    "nor", "of", "off", "on", "or", "over", "per", "the", "to", "up", "via",
    "vs", "with",
};

/* Lower-case particles inside personal names ("Staffan de Mistura"). */
static const char *const name_particles[] = {
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du",
    "el", "ibn", "la", "le", "st.", "ter", "van", "von",
};

/* Words (lowercase) that make a byline piece a role or an outlet rather than
** a person: "By Jane Doe, Staff Writer", "By Reuters". */
static const char *const role_words[] = {
    "afp", "agencies", "agency", "ap", "associated", "bbc", "bloomberg",
    "cnn", "contributor", "correspondent", "desk", "editor", "editors",
    "journal", "news", "newsroom", "post", "press", "reporter", "reuters",
    "senior", "staff", "team", "times", "writer",
};

/* Month and weekday names (lowercase; "may" left out, a surname too) and
** the labels that stamp a byline with its date: they end a byline name. */
static const char *const date_words[] = {
    "apr", "april", "aug", "august", "dec", "december", "feb", "february",
    "friday", "jan", "january", "jul", "july", "jun", "june", "mar", "march",
    "monday", "nov", "november", "oct", "october", "posted", "published",
    "saturday", "sep", "sept", "september", "sunday", "thursday", "tuesday",
    "updated", "wednesday",
};

/* Kickers that open a headline or paragraph in capitals and a dash like a
** dateline but name no place ("EXCLUSIVE - ...", "UPDATE - ..."). */
static const char *const kicker_words[] = {
    "analysis", "breaking", "commentary", "correction", "editorial", "exclusive",
    "file", "interview", "live", "opinion", "photos", "review", "update",
    "updated", "video", "watch",
};

/* Words (lowercase) that make a closing paragraph an author bio. */
static const char *const bio_words[] = {
    "analyst", "author", "columnist", "contributor", "correspondent", "editor",
    "journalist", "producer", "reporter", "writer",
};

/* Verbs (lowercase) that follow a name at the start of an author bio. */
static const char *const bio_verbs[] = {
    "covers", "has", "is", "joined", "reports", "was", "writes",
};

/* Words (lowercase) of image residue lines ("16x9 Image", "Photo 3 of 5"). */
static const char *const image_words[] = {
    "gallery", "image", "images", "photo", "photos", "picture", "pictures",
    "slideshow", "video",
};

#endif
