/*
** wordlists.c — the static word tables behind wl_has and wl_kinds, and the
** allocation-free word scanner shared by entity.c and quote.c. Tables are
** sorted in wl_cmp order (tests/c/test_entity.c checks this); single words
** are found through wordtab.c's index, multi-word names by bisection.
*/
#include "wordlists.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "article.h"
#include "scan.h"
#include "wordtab.h"

/* ---- tables (sorted by lower-cased bytes) -------------------------------- */

static const char *const wl_stop[] = {
    "a", "about", "above", "according", "across", "additional", "advertisement", "after",
    "afterward", "afterwards", "again", "against", "ago", "all", "also", "although", "amid",
    "among", "an", "and", "another", "any", "anyone", "anything", "are", "around", "as", "at",
    "because", "before", "being", "below", "beside", "besides", "between", "both", "breaking",
    "but", "by", "can", "caption", "click", "comments", "copyright", "could", "despite", "did",
    "do", "does", "during", "each", "earlier", "editor", "either", "else", "even", "ever", "every",
    "everyone", "everything", "few", "follow", "for", "former", "from", "further", "had", "has",
    "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
    "however", "i", "if", "image", "in", "including", "indeed", "inside", "instead", "into", "is",
    "it", "its", "itself", "just", "last", "later", "least", "less", "let", "like", "many", "may",
    "maybe", "me", "meanwhile", "might", "more", "moreover", "most", "much", "must", "my",
    "neither", "never", "nevertheless", "next", "no", "none", "nor", "not", "note", "nothing",
    "now", "of", "off", "on", "once", "one", "only", "or", "other", "others", "otherwise", "our",
    "ours", "out", "outside", "over", "own", "perhaps", "photo", "please", "rather", "related",
    "reporting", "same", "several", "share", "she", "should", "sign", "since", "so", "some",
    "someone", "something", "soon", "still", "subscribe", "such", "than", "that", "the", "their",
    "theirs", "them", "themselves", "then", "there", "thereby", "therefore", "these", "they",
    "this", "those", "though", "through", "throughout", "thus", "to", "today", "together",
    "tomorrow", "tonight", "too", "toward", "towards", "under", "unless", "unlike", "until", "up",
    "update", "updated", "upon", "via", "video", "was", "watch", "we", "well", "were", "what",
    "whatever", "when", "whenever", "where", "whereas", "whether", "which", "while", "who",
    "whoever", "whom", "whose", "why", "will", "with", "within", "without", "would", "yes",
    "yesterday", "yet", "you", "your", "yours",
};

static const char *const wl_title[] = {
    "adm", "admiral", "adviser", "advisor", "aide", "ambassador", "archbishop", "ayatollah",
    "bishop", "brig", "capt", "captain", "cardinal", "chairman", "chairwoman", "chancellor",
    "chief", "col", "colonel", "commander", "commissioner", "congressman", "congresswoman",
    "counsellor", "counselor", "dame", "director", "dr", "emir", "envoy", "gen", "general", "gov",
    "governor", "judge", "justice", "king", "lieut", "lord", "lt", "maj", "major", "mayor",
    "minister", "mr", "mrs", "ms", "pope", "premier", "president", "president-elect", "prince",
    "princess", "prof", "professor", "queen", "rabbi", "rep", "representative", "rev", "reverend",
    "secretary", "secretary-general", "sen", "senator", "sergeant", "sgt", "sheikh", "sir",
    "speaker", "spokesman", "spokesperson", "spokeswoman", "strategist", "sultan", "superintendent",
};

static const char *const wl_title_mod[] = {
    "acting", "assistant", "attorney", "chief", "defence", "defense", "deputy", "economy", "energy",
    "finance", "first", "foreign", "former", "health", "home", "interior", "justice", "lieutenant",
    "prime", "principal", "senior", "special", "state", "trade", "under", "vice",
};

static const char *const wl_role[] = {
    "activist", "actor", "actress", "adviser", "advisor", "aide", "ally", "ambassador", "analyst",
    "anchor", "attorney", "author", "billionaire", "blogger", "businessman", "businesswoman",
    "candidate", "chairman", "chairwoman", "chancellor", "chief", "colleague", "columnist",
    "comedian", "comic", "commander", "commentator", "congressman", "congresswoman",
    "correspondent", "councillor", "councilman", "counterpart", "crown", "diplomat", "director",
    "donor", "economist", "editor", "entrepreneur", "envoy", "executive", "expert", "filmmaker",
    "founder", "general", "governor", "head", "historian", "host", "journalist", "judge",
    "lawmaker", "lawyer", "leader", "legislator", "manager", "mayor", "minister", "negotiator",
    "nominee", "officer", "official", "pastor", "pollster", "president", "priest", "producer",
    "professor", "prosecutor", "protester", "pundit", "rapper", "rapporteur", "reporter",
    "representative", "researcher", "resident", "rival", "scientist", "secretary", "senator",
    "sheriff", "singer", "soldier", "speaker", "spokesman", "spokesperson", "spokeswoman",
    "strategist", "strongman", "student", "supporter", "teacher", "veteran", "voter", "writer",
};

static const char *const wl_org_head[] = {
    "academy", "administration", "agency", "airline", "airlines", "alliance", "army", "assembly",
    "association", "authority", "bank", "board", "brigade", "brigades", "bureau", "cabinet",
    "center", "centre", "chronicle", "church", "club", "coalition", "college", "command",
    "commission", "committee", "company", "congress", "corp", "corporation", "council", "court",
    "crescent", "cross", "daily", "department", "embassy", "express", "federation", "force",
    "forces", "foundation", "front", "fund", "gazette", "government", "group", "guard", "guards",
    "herald", "inc", "institute", "institution", "international", "journal", "laboratory", "league",
    "library", "ltd", "magazine", "media", "ministry", "movement", "municipality", "nations",
    "navy", "network", "news", "observer", "office", "orchestra", "organisation", "organization",
    "parliament", "party", "police", "post", "press", "radio", "regime", "review", "school",
    "senate", "service", "services", "society", "telegraph", "times", "tribunal", "tribune", "tv",
    "union", "university", "watch", "weekly",
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
    "abu dhabi", "abuja", "accra", "addis ababa", "adelaide", "afghanistan", "africa", "al-raqqa",
    "alabama", "alaska", "albania", "alberta", "aleppo", "algeria", "algiers", "almaty", "alps",
    "amman", "amsterdam", "anchorage", "andalusia", "ankara", "antarctica", "antwerp", "argentina",
    "arizona", "arkansas", "armenia", "asia", "asmara", "athens", "atlanta", "auckland",
    "australia", "austria", "azerbaijan", "baghdad", "bahrain", "baku", "balkans", "balochistan",
    "baltimore", "bamako", "bangalore", "bangkok", "bangladesh", "barcelona", "basra", "bavaria",
    "beijing", "beirut", "belarus", "belgium", "belgrade", "bengal", "benghazi", "berlin", "bern",
    "black sea", "bordeaux", "bosnia", "bosnia and herzegovina", "boston", "bratislava", "brazil",
    "brisbane", "bristol", "brussels", "bucharest", "budapest", "buenos aires", "bulgaria", "burma",
    "cairo", "calgary", "california", "cambodia", "canada", "canberra", "cape town", "caracas",
    "caribbean", "catalonia", "caucasus", "central america", "central asia", "chechnya", "chennai",
    "chicago", "chile", "china", "cologne", "colombia", "colombo", "colorado", "congo",
    "connecticut", "copenhagen", "costa rica", "crimea", "croatia", "cuba", "cyprus", "czech",
    "dakar", "dallas", "damascus", "darfur", "delaware", "delhi", "denmark", "denver", "des moines",
    "detroit", "dhaka", "doha", "donetsk", "dortmund", "dresden", "dubai", "dublin", "durban",
    "east africa", "east asia", "east coast", "east jerusalem", "eastern europe", "edinburgh",
    "egypt", "el salvador", "england", "estonia", "ethiopia", "europe", "falluja", "fallujah",
    "finland", "flanders", "florida", "france", "frankfurt", "fukushima", "galilee", "gaza",
    "gaza strip", "geneva", "georgia", "germany", "ghana", "glasgow", "golan heights", "gothenburg",
    "great britain", "greece", "guangzhou", "guatemala", "guatemala city", "gulf coast", "haiti",
    "hama", "hamburg", "hanoi", "harare", "havana", "hawaii", "hebron", "helmand", "helsinki",
    "herat", "himalayas", "hiroshima", "ho chi minh city", "homs", "honduras", "hong kong",
    "honolulu", "horn of africa", "houston", "hungary", "hyderabad", "idaho", "idlib", "illinois",
    "india", "indiana", "indonesia", "iowa", "iran", "iraq", "ireland", "islamabad", "israel",
    "istanbul", "italy", "jakarta", "japan", "jeddah", "jerusalem", "johannesburg", "jordan",
    "kabul", "kampala", "kandahar", "kansas", "karachi", "kashmir", "kathmandu", "kazakhstan",
    "kentucky", "kenya", "kiev", "kinshasa", "kobani", "kolkata", "kosovo", "kowloon", "krakow",
    "kuala lumpur", "kunduz", "kurdistan", "kuwait", "kuwait city", "kyiv", "lagos", "lahore",
    "laos", "las vegas", "latakia", "latin america", "latvia", "lebanon", "leeds", "lhasa", "libya",
    "lima", "lisbon", "lithuania", "liverpool", "lombardy", "london", "los angeles", "louisiana",
    "luhansk", "lyon", "madrid", "maine", "malaysia", "mali", "manchester", "manila", "manitoba",
    "marseille", "maryland", "massachusetts", "mecca", "medina", "mediterranean", "melbourne",
    "mexico", "mexico city", "miami", "michigan", "middle east", "milan", "minneapolis",
    "minnesota", "minsk", "mississippi", "missouri", "mogadishu", "moldova", "mombasa", "mongolia",
    "montana", "montenegro", "montreal", "morocco", "moscow", "mosul", "mumbai", "munich",
    "myanmar", "nairobi", "naples", "nashville", "nebraska", "nepal", "netherlands", "nevada",
    "new delhi", "new hampshire", "new jersey", "new mexico", "new orleans", "new south wales",
    "new york", "new zealand", "newark", "nicaragua", "niger", "nigeria", "normandy",
    "north africa", "north america", "north carolina", "north dakota", "north korea", "norway",
    "odessa", "ohio", "oklahoma", "oman", "ontario", "oregon", "osaka", "oslo", "ottawa",
    "pakistan", "palestine", "palmyra", "panama", "panama city", "paraguay", "paris", "patagonia",
    "pennsylvania", "persian gulf", "perth", "peru", "philadelphia", "philippines", "phoenix",
    "pittsburgh", "poland", "porto", "portugal", "prague", "pretoria", "provence", "puerto rico",
    "punjab", "pyongyang", "qatar", "quebec", "queensland", "quito", "rabat", "rangoon", "raqqa",
    "red sea", "rhode island", "rio de janeiro", "riyadh", "romania", "rome", "rotterdam", "russia",
    "rwanda", "sacramento", "sahara", "saint petersburg", "salt lake city", "salzburg",
    "san antonio", "san diego", "san francisco", "san jose", "sanaa", "santiago", "sao paulo",
    "sarajevo", "sardinia", "saskatchewan", "saudi arabia", "scandinavia", "scotland", "seattle",
    "senegal", "seoul", "serbia", "seville", "shanghai", "shenzhen", "siberia", "sicily",
    "sierra leone", "sinai", "sindh", "singapore", "skopje", "slovakia", "slovenia", "sofia",
    "somalia", "south africa", "south america", "south asia", "south carolina", "south china sea",
    "south dakota", "south korea", "south sudan", "southeast asia", "southern africa", "spain",
    "sri lanka", "srinagar", "st. louis", "st. petersburg", "stockholm", "stuttgart", "sudan",
    "sweden", "switzerland", "sydney", "syria", "taipei", "taiwan", "tajikistan", "tallinn",
    "tartus", "tashkent", "tasmania", "tbilisi", "tehran", "tel aviv", "tennessee", "texas",
    "thailand", "tibet", "tijuana", "tikrit", "tirana", "tokyo", "toronto", "toulouse", "tripoli",
    "tucson", "tunis", "tunisia", "turin", "turkey", "turkmenistan", "tuscany", "uganda", "ukraine",
    "ulaanbaatar", "united arab emirates", "united kingdom", "united states",
    "united states of america", "uruguay", "utah", "uzbekistan", "valencia", "vancouver",
    "venezuela", "venice", "vermont", "vienna", "vietnam", "vilnius", "virginia", "wales",
    "wallonia", "warsaw", "washington", "wellington", "west africa", "west bank", "west coast",
    "west virginia", "western europe", "winnipeg", "wisconsin", "wuhan", "wyoming", "xinjiang",
    "yangon", "yemen", "yerevan", "zagreb", "zimbabwe", "zurich",
};

static const char *const wl_org_known[] = {
    "abc news", "afp", "al jazeera", "al qaeda", "al-qaeda", "al-shabab", "amazon", "amnesty",
    "amnesty international", "ansa", "apple", "associated", "associated press", "bbc", "boko",
    "cbs news", "cia", "cnn", "congress", "democratic party", "disney", "dpa", "efe",
    "european union", "facebook", "fbi", "fox news", "free syrian army", "google", "hamas",
    "hezbollah", "human rights watch", "ibm", "intel", "interfax", "isil", "isis", "islamic state",
    "itar-tass", "kremlin", "kyodo", "microsoft", "muslim brotherhood", "nasa", "nato", "nbc news",
    "netflix", "new york times", "nusra front", "opec", "pentagon", "red crescent", "red cross",
    "republican party", "reuters", "samsung", "sony", "state department", "supreme court",
    "taliban", "tass", "toyota", "twitter", "ubisoft", "unesco", "unicef", "united nations",
    "wall street journal", "washington post", "white house", "whitehall", "wikinews", "wikipedia",
    "xinhua", "yonhap", "youtube",
};

static const char *const wl_demonym[] = {
    "afghan", "african", "albanian", "algerian", "american", "arab", "arabian", "argentine",
    "argentinian", "armenian", "asian", "australian", "austrian", "azerbaijani", "bahraini",
    "belgian", "brazilian", "british", "bulgarian", "burmese", "canadian", "catholic", "catholics",
    "chechen", "chilean", "chinese", "christian", "christians", "colombian", "conservative",
    "conservatives", "croatian", "cuban", "czech", "danish", "democrat", "democratic", "democrats",
    "dutch", "eastern", "egyptian", "emirati", "english", "estonian", "ethiopian", "european",
    "evangelical", "evangelicals", "finnish", "french", "georgian", "german", "greek", "haitian",
    "hungarian", "indian", "indonesian", "iranian", "iraqi", "irish", "islamic", "israeli",
    "italian", "japanese", "jewish", "jordanian", "kazakh", "kenyan", "korean", "kurdish",
    "kuwaiti", "latvian", "lebanese", "liberal", "liberals", "libyan", "lithuanian", "malaysian",
    "mexican", "moroccan", "muslim", "nigerian", "northern", "norwegian", "pakistani",
    "palestinian", "persian", "polish", "portuguese", "qatari", "republican", "republicans",
    "romanian", "russian", "saudi", "scottish", "serb", "serbian", "shia", "shiite", "slovak",
    "somali", "southern", "soviet", "spanish", "sudanese", "sunni", "swedish", "swiss", "syrian",
    "taiwanese", "thai", "tunisian", "turkish", "ukrainian", "uzbek", "venezuelan", "vietnamese",
    "welsh", "western", "yemeni",
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
    "asked", "asking", "asks", "asserted", "asserts", "blasted", "boasted", "cautioned", "claimed",
    "claiming", "claims", "commented", "comments", "complained", "conceded", "concluded",
    "concludes", "confirmed", "confirms", "continued", "continues", "countered", "declared",
    "declares", "declaring", "denied", "denies", "described", "emphasised", "emphasized",
    "exclaimed", "explained", "explaining", "explains", "insisted", "insisting", "insists", "joked",
    "lamented", "maintained", "maintains", "mentioned", "note", "noted", "notes", "noting",
    "observed", "pledged", "predicted", "promised", "quipped", "recalled", "recalls", "recounted",
    "reiterated", "remarked", "replied", "replies", "reported", "reports", "responded", "responds",
    "said", "say", "saying", "says", "shouted", "stated", "states", "stressed", "stresses",
    "stressing", "suggested", "suggesting", "suggests", "tell", "telling", "tells", "testified",
    "told", "tweeted", "tweets", "urged", "urges", "urging", "vowed", "warned", "warning", "warns",
    "writes", "writing", "wrote", "yelled",
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

static const char *const wl_geo_head[] = {
    "airport", "avenue", "bay", "beach", "bridge", "canal", "cathedral", "church", "city", "coast",
    "county", "desert", "district", "gulf", "hall", "harbor", "harbour", "heights", "island",
    "islands", "lake", "mosque", "mountain", "mountains", "ocean", "palace", "park", "peninsula",
    "plaza", "port", "province", "region", "river", "road", "sea", "square", "stadium", "station",
    "strait", "street", "temple", "tower", "towers", "town", "valley", "village",
};

static const char *const wl_event_head[] = {
    "awards", "championship", "championships", "conference", "convention", "cup", "festival",
    "games", "olympics", "summit", "tournament", "war",
};

static const char *const wl_adverb[] = {
    "again", "already", "also", "are", "been", "did", "does", "earlier", "frequently", "further",
    "had", "has", "have", "is", "just", "later", "now", "often", "once", "previously", "publicly",
    "quickly", "recently", "repeatedly", "reportedly", "still", "then", "was", "were", "will",
    "would",
};

static const char *const wl_object_end[] = {
    "about", "after", "ahead", "and", "as", "at", "because", "before", "but", "by", "during",
    "earlier", "following", "for", "from", "he", "if", "last", "later", "on", "she", "since", "so",
    "that", "this", "today", "tonight", "via", "when", "where", "whether", "which", "while", "who",
    "with", "yesterday",
};

static const char *const wl_determiner[] = {
    "a", "an", "her", "his", "its", "news", "our", "press", "the", "their", "these", "this",
    "those",
};

static const char *const wl_place_prep[] = {"in", "near", "outside"};

#define WL_ENTRY(name) \
  { name, sizeof name / sizeof name[0] }

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
    WL_ENTRY(wl_calendar),  WL_ENTRY(wl_geo_head),    WL_ENTRY(wl_event_head),
    WL_ENTRY(wl_adverb),    WL_ENTRY(wl_object_end),  WL_ENTRY(wl_determiner),
    WL_ENTRY(wl_place_prep),
};

/* ---- every single word of the tables, with the tables it is in ---------- */

/* One word (lower case; len bytes, not NUL-terminated: a multi-word entry's
** first word points into the entry) and the mask wl_kinds gives for it. */
typedef struct {
  const char *word;
  unsigned char len;
  unsigned mask; /* bit k set: the word is in table k (a WlKind); WL_MULTI_FIRST */
} WlWord;

/* Room for every entry of every table (each gives at most one word) and an
** index at most half full. test_entity.c checks the tables fit. */
enum { WL_MAX_WORDS = 2048, WL_SLOTS = 2 * WL_MAX_WORDS };

/* Built once from the tables on first use (wl_build): each word once, in
** table order, with the mask of all its tables, and an open-addressing
** index over them (FNV-1a of the lower-cased word, linear probing; slot
** value i + 1 for wl_words[i], 0 = empty). The index is what merges a
** word's tables into one mask as they are read. wordtab.c indexes these
** words again (through wl_word_entry), with number.c's lexicon, and serves
** every wl_kinds lookup but those of words longer than WORDTAB_KEY_MAX
** bytes, which its 16-byte keys cannot hold: wl_kinds_long asks this index
** for them (one table word, "secretary-general", is that long). */
static WlWord wl_words[WL_MAX_WORDS];
static size_t wl_n_words;
static unsigned short wl_slots[WL_SLOTS];
static pthread_once_t wl_build_once = PTHREAD_ONCE_INIT;

static unsigned wl_hash(Span word);

/* The word's entry in wl_words, added with mask 0 when new; NULL when the
** tables outgrew WL_MAX_WORDS (test_entity.c would fail). */
static WlWord *wl_word_add(const char *word, size_t len) {
  size_t mask = WL_SLOTS - 1, i = wl_hash((Span){word, len}) & mask;
  for (; wl_slots[i] != 0; i = (i + 1) & mask) {
    WlWord *w = &wl_words[wl_slots[i] - 1];
    if (w->len == len && memcmp(w->word, word, len) == 0) return w;
  }
  if (wl_n_words >= WL_MAX_WORDS || len > UCHAR_MAX) return NULL;
  wl_words[wl_n_words] = (WlWord){word, (unsigned char)len, 0};
  wl_slots[i] = (unsigned short)++wl_n_words;
  return &wl_words[wl_n_words - 1];
}

static WlSieve wl_the_sieve;

/* Notes the single-word entry `word` of the kinds `mask` in the sieve. */
static void wl_sieve_add(const char *word, size_t len, unsigned mask) {
  WlSieve *sv = &wl_the_sieve;
  sv->by_ends[wl_sieve_slot((unsigned char)word[0])][wl_sieve_slot((unsigned char)word[len - 1])] |= mask;
  sv->by_len[len < WL_SIEVE_LONG ? len : WL_SIEVE_LONG] |= mask;
  for (int k = 0; k < WL_KIND_COUNT; k++)
    if ((mask >> k & 1u) && len > sv->max_len[k]) sv->max_len[k] = len;
}

static void wl_build(void) {
  for (int k = 0; k < WL_KIND_COUNT; k++) {
    for (size_t i = 0; i < wl_tables[k].n; i++) {
      const char *entry = wl_tables[k].items[i];
      const char *space = strchr(entry, ' ');
      size_t len = space != NULL ? (size_t)(space - entry) : strlen(entry);
      WlWord *w = wl_word_add(entry, len);
      if (w != NULL) w->mask |= space != NULL ? WL_MULTI_FIRST : 1u << k;
    }
  }
  for (size_t i = 0; i < wl_n_words; i++)
    if (wl_words[i].len > 0) wl_sieve_add(wl_words[i].word, wl_words[i].len, wl_words[i].mask);
}

const WlSieve *wl_sieve(void) {
  pthread_once(&wl_build_once, wl_build);
  return &wl_the_sieve;
}

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

/* FNV-1a of the ASCII-lower-cased bytes. */
static unsigned wl_hash(Span word) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < word.len; i++) {
    unsigned char c = (unsigned char)word.ptr[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c - 'A' + 'a');
    h = (h ^ c) * 16777619u;
  }
  return h;
}

/* Whether word (ASCII case ignored) equals the first word.len bytes of a
** lower-case entry. */
static bool wl_same(Span word, const char *entry) {
  for (size_t i = 0; i < word.len; i++) {
    unsigned char c = (unsigned char)word.ptr[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c - 'A' + 'a');
    if (c != (unsigned char)entry[i]) return false;
  }
  return true;
}

/* wl_kinds for a word longer than WORDTAB_KEY_MAX bytes: the FNV table. */
static __attribute__((noinline)) unsigned wl_kinds_long(Span word) {
  pthread_once(&wl_build_once, wl_build);
  size_t mask = WL_SLOTS - 1;
  for (size_t i = wl_hash(word) & mask;; i = (i + 1) & mask) {
    unsigned short slot = wl_slots[i];
    if (slot == 0) return 0;
    const WlWord *entry = &wl_words[slot - 1];
    if (entry->len == word.len && wl_same(word, entry->word)) return entry->mask;
  }
}

/* Words of up to WORDTAB_KEY_MAX bytes are looked up in wordtab.c's
** index, the one number_lex probes too; the length check keeps a span
** holding a NUL from matching a shorter word. */
unsigned wl_kinds(Span word) {
  if (word.len == 0 || word.len > 32) return 0;
  if (word.len > WORDTAB_KEY_MAX) return wl_kinds_long(word);
  const WordInfo *e = wordtab_find(scan_key(word.ptr, word.len));
  return e->len == word.len ? e->wl : 0; /* "none" has wl 0 */
}

bool wl_has(WlKind kind, Span word) {
  if ((unsigned)kind >= WL_KIND_COUNT || word.len == 0 || word.len > 64) return false;
  const char *space = memchr(word.ptr, ' ', word.len);
  if (space == NULL) return (wl_kinds(word) >> kind) & 1u;
  /* a multi-word name: only worth a search when its first word opens one */
  if (!(wl_kinds((Span){word.ptr, (size_t)(space - word.ptr)}) & WL_MULTI_FIRST)) return false;
  const char *const *items = wl_tables[kind].items;
  size_t lo = 0, hi = wl_tables[kind].n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = wl_cmp(word, items[mid]);
    if (c == 0) return true;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return false;
}

const char *wl_word_entry(size_t i, size_t *len, unsigned *mask) {
  pthread_once(&wl_build_once, wl_build);
  if (i >= wl_n_words) return NULL;
  *len = wl_words[i].len;
  *mask = wl_words[i].mask;
  return wl_words[i].word;
}

const char *const *wl_table(WlKind kind, size_t *n) {
  if ((unsigned)kind >= WL_KIND_COUNT) {
    *n = 0;
    return NULL;
  }
  *n = wl_tables[kind].n;
  return wl_tables[kind].items;
}

/* Compares word with the NUL-terminated acronym a byte by byte (exact
** case): <0, 0, >0 like strcmp. Most words differ at the first byte. */
static int acronym_cmp(Span word, const char *a) {
  size_t i = 0;
  for (; i < word.len && a[i] != '\0'; i++)
    if (word.ptr[i] != a[i]) return (unsigned char)word.ptr[i] < (unsigned char)a[i] ? -1 : 1;
  if (i < word.len) return 1;
  return a[i] == '\0' ? 0 : -1;
}

/* Exact-case lookup: "US" is an acronym, "us" a pronoun. Callers remove
** dots first, so "U.S." arrives as "US". */
const WlAcronym *wl_acronym(Span word) {
  size_t lo = 0, hi = sizeof wl_acronyms / sizeof wl_acronyms[0];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = acronym_cmp(word, wl_acronyms[mid].acronym);
    if (c == 0) return &wl_acronyms[mid];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

/* ---- the word scanner ------------------------------------------------------ */

size_t lex_decode(const char *s, size_t len, size_t i, int *cp) {
  if ((unsigned char)s[i] < 0x80) {
    *cp = (unsigned char)s[i];
    return 1;
  }
  utf8proc_int32_t c = 0;
  utf8proc_ssize_t n =
      utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
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

bool lex_is_wordchar(int cp) {
  if (cp < 128)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  utf8proc_category_t cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

/* Joiners inside a word: hyphen, apostrophes (' and U+2019), and a dot
** between single letters. */
static bool lex_is_joiner(int cp) { return cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.'; }

static bool lex_is_upper(int cp) {
  return cp < 128 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp);
}
static bool lex_is_lower(int cp) {
  return cp < 128 ? (cp >= 'a' && cp <= 'z') : utf8proc_islower(cp);
}

const unsigned char lex_class[256] = { /* see wordlists.h */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
};

/* Cuts a final 's / ’s off w (flagging WORD_POSS) and keeps the final dot of
** an initialism ("U.S."). */
static void lex_finish(const char *s, size_t len, Word *w, bool dotted) {
  size_t n = w->end - w->start;
  const unsigned char *e = (const unsigned char *)s + w->end;
  if (n > 2 && e[-1] == 's' && e[-2] == '\'') {
    w->end -= 2;
    w->flags |= WORD_POSS;
  } else if (n > 4 && e[-1] == 's' && e[-2] == 0x99 && e[-3] == 0x80 && e[-4] == 0xE2) {
    w->end -= 4;
    w->flags |= WORD_POSS;
  }
  if (dotted && w->end < len && s[w->end] == '.') {
    w->end++;
    w->flags |= WORD_DOTTED;
  }
}

/* The first byte at or after i that starts a word character (len if none). */
static size_t lex_skip_to_word(const char *s, size_t len, size_t i) {
  int cp;
  while (i < len) {
    unsigned char k = lex_class[(unsigned char)s[i]];
    if (k == LX_OTHER) {
      i++;
      continue;
    }
    if (k != LX_HIGH) return i;
    size_t n = lex_decode(s, len, i, &cp);
    if (lex_is_wordchar(cp)) return i;
    i += n;
  }
  return len;
}

/* Whether the joiner cp (n bytes) at i continues the word: a word character
** must follow, and a dot only joins single letters ("U.S": the segment
** since the last joiner, from seg, is one letter). Sets *dotted for dots. */
static bool lex_joins(const char *s, size_t len, size_t i, size_t n, int cp, size_t seg,
                      bool *dotted) {
  if (!lex_is_joiner(cp) || i + n >= len) return false;
  int next;
  size_t m = lex_decode(s, len, i + n, &next);
  if (!lex_is_wordchar(next)) return false;
  if (cp == '.') {
    int single;
    if (lex_decode(s, len, seg, &single) != i - seg) return false;
    int after = ' ';
    if (i + n + m < len) lex_decode(s, len, i + n + m, &after);
    if (lex_is_wordchar(after)) return false;
    *dotted = true;
  }
  return true;
}

/* The end of the word starting at i; *dotted is set for "U.S."-style words. */
static size_t lex_word_end(const char *s, size_t len, size_t i, bool *dotted) {
  int cp;
  size_t seg = i; /* start of the part after the last joiner */
  while (i < len) {
    i = scan_alnum_end(s, i, len); /* the common case: ASCII letters and digits */
    if (i >= len) break;
    unsigned char k = lex_class[(unsigned char)s[i]];
    size_t n = lex_decode(s, len, i, &cp);
    if (k == LX_HIGH && lex_is_wordchar(cp)) {
      i += n;
      continue;
    }
    if (!lex_joins(s, len, i, n, cp, seg, dotted)) break;
    i += n;
    seg = i;
  }
  return i;
}

/* Sets WORD_CAP/LOWER/DIGIT from the first character of w, and ALLCAPS for
** a capitalised word with two letters or more and no lower-case one. */
static void lex_classify(const char *s, Word *w) {
  int cp;
  lex_decode(s, w->end, w->start, &cp);
  if (lex_is_lower(cp)) {
    w->flags |= WORD_LOWER;
    return;
  }
  if (cp >= '0' && cp <= '9') w->flags |= WORD_DIGIT;
  if (!lex_is_upper(cp)) return;
  w->flags |= WORD_CAP;
  size_t n_letters = 0;
  for (size_t i = w->start, n; i < w->end; i += n) {
    n = lex_decode(s, w->end, i, &cp);
    if (lex_is_lower(cp)) return;
    n_letters += lex_is_letter(cp);
  }
  if (n_letters >= 2) w->flags |= WORD_ALLCAPS;
}

/* lex_next_word for every case: any script, joiners, possessives. */
bool lex_next_word_slow(const char *s, size_t len, size_t pos, Word *w) {
  size_t i = lex_skip_to_word(s, len, pos);
  if (i >= len) return false;
  bool dotted = false;
  w->start = i;
  w->flags = 0;
  w->kinds = 0;
  i = lex_word_end(s, len, i, &dotted);
  w->end = i;
  lex_classify(s, w);
  lex_finish(s, len, w, dotted);
  w->next = w->end > i ? w->end : i;
  return true;
}

/* One pass of lex_next_word's common case (wordlists.h) over a whole range, writing words in
** place; see wordlists.h. */
size_t lex_all_words(const char *s, size_t start, size_t end, Word *out) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0, pos = start;
  for (;;) {
    unsigned k = LX_OTHER;
    while (pos < end && (k = lex_class[u[pos]]) == LX_OTHER) pos++;
    if (pos >= end) return n;
    size_t stop = k != LX_HIGH ? scan_alnum_end(s, pos + 1, end) : pos + 1;
    bool is_plain = k != LX_HIGH && (stop >= end || (u[stop] < 0x80 && u[stop] != '-' &&
                                                     u[stop] != '\'' && u[stop] != '.'));
    Word *w = &out[n];
    if (!is_plain) {
      if (!lex_next_word_slow(s, end, pos, w)) return n; /* a byte >= 0x80 may start none */
    } else {
      w->start = pos;
      w->end = w->next = stop;
      w->flags = lex_ascii_flags(u, pos, stop);
      w->kinds = 0;
    }
    n++;
    pos = w->next;
  }
}
