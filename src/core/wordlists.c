/*
** wordlists.c — the static word tables behind wl_has and the allocation-free
** word scanner shared by entity.c and quote.c. Tables are sorted in wl_cmp
** order (tests/c/test_entity.c checks this) and searched by bisection.
*/
#include "wordlists.h"

#include <string.h>
#include <utf8proc.h>

#include "article.h"

/* ---- tables (sorted by lower-cased bytes) -------------------------------- */

static const char *const wl_stop[] = {
    "a", "about", "above", "according", "across", "additional", "advertisement", "after",
    "afterward", "afterwards", "again", "against", "ago", "all", "also", "although", "amid",
    "among", "an", "and", "another", "any", "anyone", "anything", "are", "around", "as", "at",
    "because", "before", "being", "below", "beside", "besides", "between", "both", "breaking",
    "but", "by", "can", "caption", "click", "comments", "copyright", "could", "despite", "did",
    "do", "does", "during", "each", "earlier", "editor", "either", "else", "even", "ever", "every",
    "everyone", "everything", "few", "follow", "for", "from", "further", "had", "has", "have",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
    "i", "if", "image", "in", "including", "indeed", "inside", "instead", "into", "is", "it", "its",
    "itself", "just", "last", "later", "least", "less", "let", "like", "many", "may", "maybe", "me",
    "meanwhile", "might", "more", "moreover", "most", "much", "must", "my", "neither", "never",
    "nevertheless", "next", "no", "none", "nor", "not", "note", "nothing", "now", "of", "off", "on",
    "once", "one", "only", "or", "other", "others", "otherwise", "our", "ours", "out", "outside",
    "over", "own", "perhaps", "photo", "please", "rather", "read", "related", "reporting", "same",
    "several", "share", "she", "should", "sign", "since", "so", "some", "someone", "something",
    "soon", "still", "subscribe", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "thereby", "therefore", "these", "they", "this", "those",
    "though", "through", "throughout", "thus", "to", "today", "together", "tomorrow", "tonight",
    "too", "toward", "towards", "under", "unless", "unlike", "until", "up", "update", "updated",
    "upon", "via", "video", "was", "watch", "we", "well", "were", "what", "whatever", "when",
    "whenever", "where", "whereas", "whether", "which", "while", "who", "whoever", "whom", "whose",
    "why", "will", "with", "within", "without", "would", "yes", "yesterday", "yet", "you", "your",
    "yours",
};

static const char *const wl_title[] = {
    "adm", "admiral", "ambassador", "archbishop", "ayatollah", "bishop", "brig", "capt", "captain",
    "cardinal", "chairman", "chairwoman", "chancellor", "chief", "col", "colonel", "commander",
    "commissioner", "congressman", "congresswoman", "dame", "director", "dr", "emir", "envoy",
    "gen", "general", "gov", "governor", "judge", "justice", "king", "lieut", "lord", "lt", "maj",
    "major", "mayor", "minister", "mr", "mrs", "ms", "pope", "premier", "president",
    "president-elect", "prince", "princess", "prof", "professor", "queen", "rabbi", "rep",
    "representative", "rev", "reverend", "secretary", "secretary-general", "sen", "senator",
    "sergeant", "sgt", "sheikh", "sir", "speaker", "spokesman", "spokesperson", "spokeswoman",
    "sultan", "superintendent",
};

static const char *const wl_title_mod[] = {
    "acting", "assistant", "attorney", "chief", "defence", "defense", "deputy", "economy", "energy",
    "finance", "first", "foreign", "former", "health", "home", "interior", "justice", "lieutenant",
    "prime", "principal", "senior", "special", "state", "trade", "under", "vice",
};

static const char *const wl_role[] = {
    "activist", "adviser", "advisor", "aide", "ally", "ambassador", "analyst", "anchor", "attorney",
    "author", "candidate", "chairman", "chairwoman", "chancellor", "chief", "colleague",
    "columnist", "commander", "commentator", "congressman", "congresswoman", "correspondent",
    "councillor", "councilman", "counterpart", "crown", "diplomat", "director", "economist",
    "editor", "envoy", "executive", "expert", "founder", "general", "governor", "head", "host",
    "journalist", "judge", "lawmaker", "lawyer", "leader", "legislator", "manager", "mayor",
    "minister", "negotiator", "nominee", "officer", "official", "president", "professor",
    "prosecutor", "rapporteur", "representative", "researcher", "rival", "secretary", "senator",
    "speaker", "spokesman", "spokesperson", "spokeswoman", "strategist", "strongman", "student",
    "teacher", "writer",
};

static const char *const wl_org_head[] = {
    "academy", "administration", "agency", "alliance", "army", "assembly", "association",
    "authority", "bank", "board", "brigade", "brigades", "bureau", "cabinet", "center", "centre",
    "coalition", "college", "command", "commission", "committee", "company", "congress", "corp",
    "corporation", "council", "court", "crescent", "cross", "department", "embassy", "federation",
    "force", "forces", "foundation", "front", "fund", "government", "group", "guard", "guards",
    "inc", "institute", "international", "journal", "league", "ltd", "media", "ministry",
    "movement", "nations", "navy", "network", "news", "office", "organisation", "organization",
    "parliament", "party", "police", "post", "press", "radio", "regime", "school", "senate",
    "service", "services", "society", "telegraph", "times", "tribunal", "tribune", "tv", "union",
    "university", "watch",
};

static const char *const wl_org_lower[] = {
    "administration", "army", "government", "military", "ministry", "navy", "parliament", "regime",
};

static const char *const wl_org_desc[] = {
    "agency", "broadcaster", "channel", "company", "daily", "firm", "group", "magazine", "network",
    "newspaper", "organisation", "organization", "outlet", "party", "radio", "station",
    "television", "tv", "website",
};

static const char *const wl_geo_lower[] = {
    "coast", "desert", "island", "islands", "lake", "mountain", "mountains", "peninsula",
    "province", "region", "river", "sea", "strait", "valley",
};

static const char *const wl_place[] = {
    "abu dhabi", "afghanistan", "africa", "al-raqqa", "albania", "aleppo", "algeria", "amman",
    "amsterdam", "ankara", "antarctica", "argentina", "arizona", "armenia", "asia", "athens",
    "atlanta", "australia", "austria", "azerbaijan", "baghdad", "bahrain", "baku", "balkans",
    "baltimore", "bangkok", "bangladesh", "barcelona", "beijing", "beirut", "belarus", "belgium",
    "belgrade", "benghazi", "berlin", "bern", "black sea", "bosnia", "bosnia and herzegovina",
    "boston", "brazil", "brussels", "bucharest", "budapest", "buenos", "bulgaria", "burma", "cairo",
    "california", "cambodia", "canada", "caracas", "caribbean", "caucasus", "chechnya", "chicago",
    "chile", "china", "colombia", "colorado", "congo", "copenhagen", "costa rica", "crimea",
    "croatia", "cuba", "cyprus", "czech", "damascus", "delhi", "denmark", "detroit", "doha",
    "donetsk", "dubai", "dublin", "east jerusalem", "egypt", "el salvador", "england", "estonia",
    "ethiopia", "europe", "falluja", "fallujah", "finland", "florida", "france", "gaza",
    "gaza strip", "geneva", "georgia", "germany", "ghana", "golan heights", "great britain",
    "greece", "guatemala", "haiti", "hama", "havana", "helsinki", "homs", "honduras", "hong kong",
    "houston", "hungary", "idlib", "india", "indonesia", "iowa", "iran", "iraq", "ireland",
    "islamabad", "israel", "istanbul", "italy", "jakarta", "japan", "jerusalem", "jordan", "kabul",
    "kandahar", "karachi", "kazakhstan", "kentucky", "kenya", "kiev", "kobani", "kosovo",
    "kurdistan", "kuwait", "kyiv", "lagos", "laos", "latakia", "latin america", "latvia", "lebanon",
    "libya", "lisbon", "lithuania", "london", "los angeles", "luhansk", "madrid", "malaysia",
    "mali", "manchester", "manila", "mediterranean", "mexico", "miami", "michigan", "middle east",
    "minsk", "mogadishu", "moldova", "mongolia", "montenegro", "morocco", "moscow", "mosul",
    "mumbai", "munich", "myanmar", "nairobi", "nepal", "netherlands", "nevada", "new delhi",
    "new hampshire", "new jersey", "new mexico", "new york", "new zealand", "nicaragua", "niger",
    "nigeria", "north africa", "north carolina", "north dakota", "north korea", "norway", "ohio",
    "oman", "oslo", "ottawa", "pakistan", "palestine", "palmyra", "panama", "paraguay", "paris",
    "pennsylvania", "persian gulf", "peru", "philadelphia", "philippines", "poland", "portugal",
    "puerto rico", "qatar", "raqqa", "red sea", "riyadh", "romania", "rome", "russia", "rwanda",
    "san francisco", "sanaa", "saudi arabia", "scotland", "seattle", "senegal", "seoul", "serbia",
    "shanghai", "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa",
    "south carolina", "south china sea", "south dakota", "south korea", "south sudan", "spain",
    "sri lanka", "stockholm", "sudan", "sweden", "switzerland", "sydney", "syria", "taipei",
    "taiwan", "tajikistan", "tartus", "tehran", "tennessee", "texas", "thailand", "tikrit", "tokyo",
    "toronto", "tripoli", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine",
    "united arab emirates", "united kingdom", "united states", "united states of america",
    "uruguay", "utah", "uzbekistan", "venezuela", "vienna", "vietnam", "virginia", "wales",
    "warsaw", "washington", "west bank", "west virginia", "yemen", "zimbabwe",
};

static const char *const wl_org_known[] = {
    "abc news", "afp", "al jazeera", "al qaeda", "al-qaeda", "al-shabab", "amnesty",
    "amnesty international", "associated", "associated press", "bbc", "boko", "cbs news", "cia",
    "cnn", "congress", "democratic party", "european union", "facebook", "fbi", "fox news",
    "free syrian army", "google", "hamas", "hezbollah", "human rights watch", "interfax", "isil",
    "isis", "islamic state", "kremlin", "microsoft", "muslim brotherhood", "nasa", "nato",
    "nbc news", "new york times", "nusra front", "opec", "pentagon", "red crescent", "red cross",
    "republican party", "reuters", "state department", "supreme court", "taliban", "twitter",
    "unesco", "unicef", "united nations", "wall street journal", "washington post", "white house",
    "whitehall", "xinhua", "youtube",
};

static const char *const wl_demonym[] = {
    "afghan", "african", "albanian", "algerian", "american", "arab", "arabian", "argentine",
    "argentinian", "armenian", "asian", "australian", "austrian", "azerbaijani", "bahraini",
    "belgian", "brazilian", "british", "bulgarian", "burmese", "canadian", "chechen", "chilean",
    "chinese", "colombian", "croatian", "cuban", "czech", "danish", "dutch", "eastern", "egyptian",
    "emirati", "english", "estonian", "ethiopian", "european", "finnish", "french", "georgian",
    "german", "greek", "haitian", "hungarian", "indian", "indonesian", "iranian", "iraqi", "irish",
    "islamic", "israeli", "italian", "japanese", "jewish", "jordanian", "kazakh", "kenyan",
    "korean", "kurdish", "kuwaiti", "latvian", "lebanese", "libyan", "lithuanian", "malaysian",
    "mexican", "moroccan", "muslim", "nigerian", "northern", "norwegian", "pakistani",
    "palestinian", "persian", "polish", "portuguese", "qatari", "romanian", "russian", "saudi",
    "scottish", "serb", "serbian", "shia", "shiite", "slovak", "somali", "southern", "soviet",
    "spanish", "sudanese", "sunni", "swedish", "swiss", "syrian", "taiwanese", "thai", "tunisian",
    "turkish", "ukrainian", "uzbek", "venezuelan", "vietnamese", "welsh", "western", "yemeni",
};

static const char *const wl_compass[] = {
    "central", "east", "eastern", "north", "northeast", "northeastern", "northern", "northwest",
    "northwestern", "south", "southeast", "southeastern", "southern", "southwest", "southwestern",
    "west", "western",
};

static const char *const wl_particle[] = {
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le",
    "van", "von",
};

static const char *const wl_given[] = {
    "abdullah", "ahmed", "alexander", "alexei", "ali", "andrea", "andrew", "angela", "anna", "anne",
    "antonio", "barack", "bashar", "ben", "benjamin", "bernie", "bill", "boris", "carlos",
    "charles", "chris", "christopher", "daniel", "david", "dmitry", "donald", "elizabeth",
    "emmanuel", "eric", "francois", "frank", "gennady", "george", "hassan", "hillary", "hussein",
    "igor", "ivan", "jack", "james", "jane", "jean", "jean-marc", "jeb", "jeff", "jennifer", "jim",
    "joe", "john", "jose", "joseph", "juan", "julia", "kevin", "laurent", "lindsey", "marco",
    "maria", "mark", "martin", "mary", "michael", "michelle", "mike", "mitt", "mohammad",
    "mohammed", "muhammad", "nancy", "nicolas", "olga", "omar", "paul", "peter", "rand", "richard",
    "robert", "ron", "sarah", "sergei", "sergey", "staffan", "stephen", "steve", "susan", "ted",
    "theresa", "thomas", "tim", "tom", "vladimir", "william", "xi", "yuri",
};

static const char *const wl_abbrev[] = {
    "adm", "apr", "aug", "brig", "capt", "cmdr", "co", "col", "corp", "dec", "dr", "feb", "fig",
    "gen", "gov", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr", "mrs", "ms",
    "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "u.k",
    "u.n", "u.s", "vs",
};

static const char *const wl_cue[] = {
    "accused", "accuses", "accusing", "acknowledged", "acknowledges", "add", "added", "adding",
    "adds", "admits", "admitted", "announced", "announces", "argued", "argues", "arguing", "ask",
    "asked", "asking", "asks", "asserted", "asserts", "claimed", "claims", "commented", "comments",
    "concluded", "concludes", "confirmed", "confirms", "continued", "continues", "declared",
    "declares", "denied", "denies", "described", "explained", "explains", "insisted", "insists",
    "maintained", "maintains", "mentioned", "note", "noted", "notes", "noting", "promised",
    "recalled", "recalls", "remarked", "replied", "replies", "reported", "reports", "responded",
    "responds", "said", "say", "saying", "says", "stated", "states", "stressed", "stresses",
    "suggested", "suggests", "tell", "telling", "tells", "testified", "told", "tweeted", "tweets",
    "urged", "urges", "warned", "warning", "warns", "writes", "writing", "wrote",
};

static const char *const wl_source_noun[] = {
    "aide", "aides", "analyst", "analysts", "diplomat", "diplomats", "expert", "experts", "insider",
    "insiders", "official", "officials", "source", "sources", "spokesman", "spokesperson",
    "spokeswoman", "witness", "witnesses",
};

static const char *const wl_pronoun[] = {
    "he", "i", "it", "she", "they", "we",
};

static const char *const wl_calendar[] = {
    "april", "august", "christmas", "december", "easter", "february", "friday", "january", "july",
    "june", "march", "may", "monday", "november", "october", "ramadan", "saturday", "september",
    "sunday", "thursday", "tuesday", "wednesday",
};
#define WL_ENTRY(name) {name, sizeof name / sizeof name[0]}

/* Indexed by WlKind. */
static const struct {
  const char *const *items;
  size_t n;
} wl_tables[WL_KIND_COUNT] = {
    WL_ENTRY(wl_stop),      WL_ENTRY(wl_title),       WL_ENTRY(wl_title_mod),
    WL_ENTRY(wl_role),      WL_ENTRY(wl_org_head),    WL_ENTRY(wl_org_lower),
    WL_ENTRY(wl_org_desc),  WL_ENTRY(wl_geo_lower),   WL_ENTRY(wl_place),
    WL_ENTRY(wl_org_known), WL_ENTRY(wl_demonym),     WL_ENTRY(wl_compass),
    WL_ENTRY(wl_particle),  WL_ENTRY(wl_given),       WL_ENTRY(wl_abbrev),
    WL_ENTRY(wl_cue),       WL_ENTRY(wl_source_noun), WL_ENTRY(wl_pronoun),
    WL_ENTRY(wl_calendar),
};

/* Well-known acronyms, sorted by acronym (exact bytes). */
static const WlAcronym wl_acronyms[] = {
    {"AFP", "agence france-presse", "Agence France-Presse", ENTITY_ORGANIZATION},
    {"AP", "associated press", "Associated Press", ENTITY_ORGANIZATION},
    {"EU", "european union", "European Union", ENTITY_ORGANIZATION},
    {"ICC", "international criminal court", "International Criminal Court", ENTITY_ORGANIZATION},
    {"IS", "islamic state", "Islamic State", ENTITY_ORGANIZATION},
    {"ISIL", "islamic state", "Islamic State", ENTITY_ORGANIZATION},
    {"ISIS", "islamic state", "Islamic State", ENTITY_ORGANIZATION},
    {"NATO", "nato", "NATO", ENTITY_ORGANIZATION},
    {"RIA", "ria novosti", "RIA Novosti", ENTITY_ORGANIZATION},
    {"UK", "united kingdom", "United Kingdom", ENTITY_PLACE},
    {"UN", "united nations", "United Nations", ENTITY_ORGANIZATION},
    {"US", "united states", "United States", ENTITY_PLACE},
    {"USA", "united states", "United States", ENTITY_PLACE},
    {"WHO", "world health organization", "World Health Organization", ENTITY_ORGANIZATION},
};

int wl_cmp(Span word, const char *entry) {
  size_t i = 0;
  for (; i < word.len && entry[i] != '\0'; i++) {
    unsigned char a = (unsigned char)word.ptr[i], b = (unsigned char)entry[i];
    if (a >= 'A' && a <= 'Z') a = (unsigned char)(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = (unsigned char)(b - 'A' + 'a');
    if (a != b) return a < b ? -1 : 1;
  }
  if (i < word.len) return 1;
  return entry[i] == '\0' ? 0 : -1;
}

bool wl_has(WlKind kind, Span word) {
  if ((unsigned)kind >= WL_KIND_COUNT || word.len == 0 || word.len > 64) return false;
  const char *const *items = wl_tables[kind].items;
  size_t lo = 0, hi = wl_tables[kind].n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = wl_cmp(word, items[mid]);
    if (c == 0) return true;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return false;
}

const char *const *wl_table(WlKind kind, size_t *n) {
  if ((unsigned)kind >= WL_KIND_COUNT) {
    *n = 0;
    return NULL;
  }
  *n = wl_tables[kind].n;
  return wl_tables[kind].items;
}

/* Exact-case lookup: "US" is an acronym, "us" a pronoun. Callers remove
** dots first, so "U.S." arrives as "US". */
const WlAcronym *wl_acronym(Span word) {
  size_t lo = 0, hi = sizeof wl_acronyms / sizeof wl_acronyms[0];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *a = wl_acronyms[mid].acronym;
    size_t alen = strlen(a);
    int c = memcmp(word.ptr, a, word.len < alen ? word.len : alen);
    if (c == 0) c = word.len < alen ? -1 : (word.len > alen ? 1 : 0);
    if (c == 0) return &wl_acronyms[mid];
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return NULL;
}

/* ---- the word scanner ------------------------------------------------------ */

size_t lex_decode(const char *s, size_t len, size_t i, int *cp) {
  utf8proc_int32_t c = 0;
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                        (utf8proc_ssize_t)(len - i), &c);
  if (n <= 0) {
    *cp = (unsigned char)s[i];
    return 1;
  }
  *cp = c;
  return (size_t)n;
}

bool lex_is_space(const char *s, size_t len, size_t i, size_t *n) {
  unsigned char c = (unsigned char)s[i];
  *n = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
  if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
    *n = 2;
    return true;
  }
  return false;
}

size_t lex_prev_cp(const char *s, size_t i) {
  size_t j = i - 1;
  while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80 && i - j < 4) j--;
  return j;
}

bool lex_is_letter(int cp) {
  if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

/* Letters, combining marks and digits make up words. */
static bool lex_is_wordchar(int cp) {
  if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  utf8proc_category_t cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

/* Joiners inside a word: hyphen, apostrophes (' and U+2019), and a dot
** between single letters. */
static bool lex_is_joiner(int cp) { return cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.'; }

/* Sets WORD_CAP/LOWER/ALLCAPS/DIGIT from the letters of w. */
static void lex_classify(const char *s, Word *w) {
  int cp;
  size_t i = w->start, n_letters = 0;
  bool has_lower = false;
  lex_decode(s, w->end, i, &cp);
  if (utf8proc_isupper(cp)) w->flags |= WORD_CAP;
  else if (utf8proc_islower(cp)) w->flags |= WORD_LOWER;
  else if (cp >= '0' && cp <= '9') w->flags |= WORD_DIGIT;
  while (i < w->end) {
    i += lex_decode(s, w->end, i, &cp);
    if (lex_is_letter(cp)) n_letters++;
    if (utf8proc_islower(cp)) has_lower = true;
  }
  if (n_letters >= 2 && !has_lower && (w->flags & WORD_CAP)) w->flags |= WORD_ALLCAPS;
}

/* Cuts a final 's / ’s off w (flagging WORD_POSS) and keeps the final dot of
** an initialism ("U.S."). */
static void lex_finish(const char *s, size_t len, Word *w, bool dotted) {
  size_t n = w->end - w->start;
  if (n > 2 && s[w->end - 1] == 's' && s[w->end - 2] == '\'') {
    w->end -= 2;
    w->flags |= WORD_POSS;
  } else if (n > 4 && s[w->end - 1] == 's' && memcmp(s + w->end - 4, "\xE2\x80\x99", 3) == 0) {
    w->end -= 4;
    w->flags |= WORD_POSS;
  }
  if (dotted && w->end < len && s[w->end] == '.') {
    w->end++;
    w->flags |= WORD_DOTTED;
  }
}

bool lex_next_word(const char *s, size_t len, size_t pos, Word *w) {
  int cp = 0;
  size_t i = pos, n;
  while (i < len) {
    n = lex_decode(s, len, i, &cp);
    if (lex_is_wordchar(cp)) break;
    i += n;
  }
  if (i >= len) return false;
  w->start = i;
  w->flags = 0;
  bool dotted = false;
  size_t letters_since_dot = 0;
  while (i < len) {
    n = lex_decode(s, len, i, &cp);
    if (lex_is_wordchar(cp)) {
      i += n;
      letters_since_dot++;
      continue;
    }
    if (!lex_is_joiner(cp) || i + n >= len) break;
    int next;
    lex_decode(s, len, i + n, &next);
    if (!lex_is_wordchar(next)) break;
    if (cp == '.') {
      /* only "U.S"-style initialisms: one letter on each side */
      if (letters_since_dot != 1) break;
      size_t m = lex_decode(s, len, i + n, &next);
      size_t after = i + n + m;
      int after_cp = ' ';
      if (after < len) lex_decode(s, len, after, &after_cp);
      if (lex_is_wordchar(after_cp)) break;
      dotted = true;
    }
    letters_since_dot = 0;
    i += n;
  }
  w->end = i;
  lex_classify(s, w);
  lex_finish(s, len, w, dotted);
  w->next = w->end > i ? w->end : i;
  return true;
}
