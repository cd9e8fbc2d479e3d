/*
** wordlists.c — the static word tables behind wl_has and the allocation-free
** word scanner shared by entity.c and quote.c. Tables are sorted in wl_cmp
** order (tests/c/test_entity.c checks this) and searched by bisection.
*/
#include "wordlists.h"

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
    "academy", "administration", "agency", "alliance", "army", "assembly", "association",
    "authority", "bank", "board", "brigade", "brigades", "bureau", "cabinet", "center", "centre",
    "chronicle", "coalition", "college", "command", "commission", "committee", "company",
    "congress", "corp", "corporation", "council", "court", "crescent", "cross", "daily",
    "department", "embassy", "express", "federation", "force", "forces", "foundation", "front",
    "fund", "gazette", "government", "group", "guard", "guards", "herald", "inc", "institute",
    "international", "journal", "league", "ltd", "magazine", "media", "ministry", "movement",
    "nations", "navy", "network", "news", "observer", "office", "organisation", "organization",
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

typedef struct {
  const char *word;
  unsigned char len;
  unsigned mask; /* bit k set: the word is in table k (a WlKind); WL_MULTI_FIRST */
} WlWord;

/* Every single-word entry of the tables above with the mask of its tables,
** and an open-addressing index over them (FNV-1a of the lower-cased word,
** linear probing, 0 = empty). Generated from the tables; test_entity.c
** checks that both agree. wl_kinds reads the index only for words longer
** than WORDTAB_KEY_MAX bytes: wordtab.c indexes the rest of wl_words
** (through wl_word_entry) with number.c's lexicon. */
static const WlWord wl_words[] = {
    {"a", 1, 0x800001}, {"abc", 3, 0x40000000}, {"abdullah", 8, 0x2000}, {"about", 5, 0x400001},
    {"above", 5, 0x1}, {"abu", 3, 0x40000000}, {"abuja", 5, 0x100}, {"academy", 7, 0x10},
    {"according", 9, 0x1}, {"accra", 5, 0x100}, {"accused", 7, 0x8000}, {"accuses", 7, 0x8000},
    {"accusing", 8, 0x8000}, {"acknowledged", 12, 0x8000}, {"acknowledges", 12, 0x8000},
    {"across", 6, 0x1}, {"acting", 6, 0x4}, {"activist", 8, 0x8}, {"actor", 5, 0x8},
    {"actress", 7, 0x8}, {"add", 3, 0x8000}, {"added", 5, 0x8000}, {"adding", 6, 0x8000},
    {"addis", 5, 0x40000000}, {"additional", 10, 0x1}, {"adds", 4, 0x8000}, {"adelaide", 8, 0x100},
    {"adm", 3, 0x4002}, {"administration", 14, 0x30}, {"admiral", 7, 0x2}, {"admits", 6, 0x8000},
    {"admitted", 8, 0x8000}, {"advertisement", 13, 0x1}, {"adviser", 7, 0xa}, {"advisor", 7, 0xa},
    {"afghan", 6, 0x400}, {"afghanistan", 11, 0x100}, {"afp", 3, 0x200}, {"africa", 6, 0x100},
    {"african", 7, 0x400}, {"after", 5, 0x400001}, {"afterward", 9, 0x1}, {"afterwards", 10, 0x1},
    {"again", 5, 0x200001}, {"against", 7, 0x1}, {"agency", 6, 0x50}, {"ago", 3, 0x1},
    {"ahead", 5, 0x400000}, {"ahmed", 5, 0x2000}, {"aide", 4, 0x1000a}, {"aides", 5, 0x10000},
    {"airport", 7, 0x80000}, {"al", 2, 0x40001000}, {"al-qaeda", 8, 0x200}, {"al-raqqa", 8, 0x100},
    {"al-shabab", 9, 0x200}, {"alabama", 7, 0x100}, {"alaska", 6, 0x100}, {"albania", 7, 0x100},
    {"albanian", 8, 0x400}, {"alberta", 7, 0x100}, {"aleppo", 6, 0x100}, {"alexander", 9, 0x2000},
    {"alexei", 6, 0x2000}, {"algeria", 7, 0x100}, {"algerian", 8, 0x400}, {"algiers", 7, 0x100},
    {"ali", 3, 0x2000}, {"all", 3, 0x1}, {"alliance", 8, 0x10}, {"ally", 4, 0x8},
    {"almaty", 6, 0x100}, {"alps", 4, 0x100}, {"already", 7, 0x200000}, {"also", 4, 0x200001},
    {"although", 8, 0x1}, {"amazon", 6, 0x200}, {"ambassador", 10, 0xa}, {"american", 8, 0x400},
    {"amid", 4, 0x1}, {"amman", 5, 0x100}, {"amnesty", 7, 0x40000200}, {"among", 5, 0x1},
    {"amsterdam", 9, 0x100}, {"an", 2, 0x800001}, {"analyst", 7, 0x10008}, {"analysts", 8, 0x10000},
    {"anchor", 6, 0x8}, {"anchorage", 9, 0x100}, {"and", 3, 0x400001}, {"andalusia", 9, 0x100},
    {"andrea", 6, 0x2000}, {"andrew", 6, 0x2000}, {"angela", 6, 0x2000}, {"ankara", 6, 0x100},
    {"anna", 4, 0x2000}, {"anne", 4, 0x2000}, {"announced", 9, 0x8000}, {"announces", 9, 0x8000},
    {"another", 7, 0x1}, {"ansa", 4, 0x200}, {"antarctica", 10, 0x100}, {"antonio", 7, 0x2000},
    {"antwerp", 7, 0x100}, {"any", 3, 0x1}, {"anyone", 6, 0x1}, {"anything", 8, 0x1},
    {"apple", 5, 0x200}, {"apr", 3, 0x4000}, {"april", 5, 0x40000}, {"arab", 4, 0x400},
    {"arabian", 7, 0x400}, {"archbishop", 10, 0x2}, {"are", 3, 0x200001}, {"argentina", 9, 0x100},
    {"argentine", 9, 0x400}, {"argentinian", 11, 0x400}, {"argued", 6, 0x8000},
    {"argues", 6, 0x8000}, {"arguing", 7, 0x8000}, {"arizona", 7, 0x100}, {"arkansas", 8, 0x100},
    {"armenia", 7, 0x100}, {"armenian", 8, 0x400}, {"army", 4, 0x30}, {"around", 6, 0x1},
    {"as", 2, 0x400001}, {"asia", 4, 0x100}, {"asian", 5, 0x400}, {"ask", 3, 0x8000},
    {"asked", 5, 0x8000}, {"asking", 6, 0x8000}, {"asks", 4, 0x8000}, {"asmara", 6, 0x100},
    {"assembly", 8, 0x10}, {"asserted", 8, 0x8000}, {"asserts", 7, 0x8000}, {"assistant", 9, 0x4},
    {"associated", 10, 0x40000200}, {"association", 11, 0x10}, {"at", 2, 0x400001},
    {"athens", 6, 0x100}, {"atlanta", 7, 0x100}, {"attorney", 8, 0xc}, {"auckland", 8, 0x100},
    {"aug", 3, 0x4000}, {"august", 6, 0x40000}, {"australia", 9, 0x100}, {"australian", 10, 0x400},
    {"austria", 7, 0x100}, {"austrian", 8, 0x400}, {"author", 6, 0x8}, {"authority", 9, 0x10},
    {"avenue", 6, 0x80000}, {"awards", 6, 0x100000}, {"ayatollah", 9, 0x2},
    {"azerbaijan", 10, 0x100}, {"azerbaijani", 11, 0x400}, {"baghdad", 7, 0x100},
    {"bahrain", 7, 0x100}, {"bahraini", 8, 0x400}, {"baku", 4, 0x100}, {"balkans", 7, 0x100},
    {"balochistan", 11, 0x100}, {"baltimore", 9, 0x100}, {"bamako", 6, 0x100},
    {"bangalore", 9, 0x100}, {"bangkok", 7, 0x100}, {"bangladesh", 10, 0x100}, {"bank", 4, 0x10},
    {"barack", 6, 0x2000}, {"barcelona", 9, 0x100}, {"bashar", 6, 0x2000}, {"basra", 5, 0x100},
    {"bavaria", 7, 0x100}, {"bay", 3, 0x80000}, {"bbc", 3, 0x200}, {"beach", 5, 0x80000},
    {"because", 7, 0x400001}, {"been", 4, 0x200000}, {"before", 6, 0x400001}, {"beijing", 7, 0x100},
    {"being", 5, 0x1}, {"beirut", 6, 0x100}, {"belarus", 7, 0x100}, {"belgian", 7, 0x400},
    {"belgium", 7, 0x100}, {"belgrade", 8, 0x100}, {"below", 5, 0x1}, {"ben", 3, 0x2000},
    {"bengal", 6, 0x100}, {"benghazi", 8, 0x100}, {"benjamin", 8, 0x2000}, {"berlin", 6, 0x100},
    {"bern", 4, 0x100}, {"bernie", 6, 0x2000}, {"beside", 6, 0x1}, {"besides", 7, 0x1},
    {"between", 7, 0x1}, {"bill", 4, 0x2000}, {"billionaire", 11, 0x8}, {"bin", 3, 0x1000},
    {"bishop", 6, 0x2}, {"black", 5, 0x40000000}, {"blasted", 7, 0x8000}, {"blogger", 7, 0x8},
    {"board", 5, 0x10}, {"boasted", 7, 0x8000}, {"boko", 4, 0x200}, {"bordeaux", 8, 0x100},
    {"boris", 5, 0x2000}, {"bosnia", 6, 0x40000100}, {"boston", 6, 0x100}, {"both", 4, 0x1},
    {"bratislava", 10, 0x100}, {"brazil", 6, 0x100}, {"brazilian", 9, 0x400}, {"breaking", 8, 0x1},
    {"bridge", 6, 0x80000}, {"brig", 4, 0x4002}, {"brigade", 7, 0x10}, {"brigades", 8, 0x10},
    {"brisbane", 8, 0x100}, {"bristol", 7, 0x100}, {"british", 7, 0x400}, {"broadcaster", 11, 0x40},
    {"brussels", 8, 0x100}, {"bucharest", 9, 0x100}, {"budapest", 8, 0x100},
    {"buenos", 6, 0x40000000}, {"bulgaria", 8, 0x100}, {"bulgarian", 9, 0x400}, {"bureau", 6, 0x10},
    {"burma", 5, 0x100}, {"burmese", 7, 0x400}, {"businessman", 11, 0x8},
    {"businesswoman", 13, 0x8}, {"but", 3, 0x400001}, {"by", 2, 0x400001}, {"cabinet", 7, 0x10},
    {"cairo", 5, 0x100}, {"calgary", 7, 0x100}, {"california", 10, 0x100}, {"cambodia", 8, 0x100},
    {"can", 3, 0x1}, {"canada", 6, 0x100}, {"canadian", 8, 0x400}, {"canal", 5, 0x80000},
    {"canberra", 8, 0x100}, {"candidate", 9, 0x8}, {"cape", 4, 0x40000000}, {"capt", 4, 0x4002},
    {"captain", 7, 0x2}, {"caption", 7, 0x1}, {"caracas", 7, 0x100}, {"cardinal", 8, 0x2},
    {"caribbean", 9, 0x100}, {"carlos", 6, 0x2000}, {"catalonia", 9, 0x100},
    {"cathedral", 9, 0x80000}, {"catholic", 8, 0x400}, {"catholics", 9, 0x400},
    {"caucasus", 8, 0x100}, {"cautioned", 9, 0x8000}, {"cbs", 3, 0x40000000}, {"center", 6, 0x10},
    {"central", 7, 0x40000800}, {"centre", 6, 0x10}, {"chairman", 8, 0xa}, {"chairwoman", 10, 0xa},
    {"championship", 12, 0x100000}, {"championships", 13, 0x100000}, {"chancellor", 10, 0xa},
    {"channel", 7, 0x40}, {"charles", 7, 0x2000}, {"chechen", 7, 0x400}, {"chechnya", 8, 0x100},
    {"chennai", 7, 0x100}, {"chicago", 7, 0x100}, {"chief", 5, 0xe}, {"chile", 5, 0x100},
    {"chilean", 7, 0x400}, {"china", 5, 0x100}, {"chinese", 7, 0x400}, {"chris", 5, 0x2000},
    {"christian", 9, 0x400}, {"christians", 10, 0x400}, {"christmas", 9, 0x40000},
    {"christopher", 11, 0x2000}, {"chronicle", 9, 0x10}, {"church", 6, 0x80000}, {"cia", 3, 0x200},
    {"city", 4, 0x80000}, {"claimed", 7, 0x8000}, {"claiming", 8, 0x8000}, {"claims", 6, 0x8000},
    {"click", 5, 0x1}, {"cmdr", 4, 0x4000}, {"cnn", 3, 0x200}, {"co", 2, 0x4000},
    {"coalition", 9, 0x10}, {"coast", 5, 0x80080}, {"col", 3, 0x4002}, {"colleague", 9, 0x8},
    {"college", 7, 0x10}, {"cologne", 7, 0x100}, {"colombia", 8, 0x100}, {"colombian", 9, 0x400},
    {"colombo", 7, 0x100}, {"colonel", 7, 0x2}, {"colorado", 8, 0x100}, {"columnist", 9, 0x8},
    {"comedian", 8, 0x8}, {"comic", 5, 0x8}, {"command", 7, 0x10}, {"commander", 9, 0xa},
    {"commentator", 11, 0x8}, {"commented", 9, 0x8000}, {"comments", 8, 0x8001},
    {"commission", 10, 0x10}, {"commissioner", 12, 0x2}, {"committee", 9, 0x10},
    {"company", 7, 0x50}, {"complained", 10, 0x8000}, {"conceded", 8, 0x8000},
    {"concluded", 9, 0x8000}, {"concludes", 9, 0x8000}, {"conference", 10, 0x100000},
    {"confirmed", 9, 0x8000}, {"confirms", 8, 0x8000}, {"congo", 5, 0x100}, {"congress", 8, 0x210},
    {"congressman", 11, 0xa}, {"congresswoman", 13, 0xa}, {"connecticut", 11, 0x100},
    {"conservative", 12, 0x400}, {"conservatives", 13, 0x400}, {"continued", 9, 0x8000},
    {"continues", 9, 0x8000}, {"convention", 10, 0x100000}, {"copenhagen", 10, 0x100},
    {"copyright", 9, 0x1}, {"corp", 4, 0x4010}, {"corporation", 11, 0x10},
    {"correspondent", 13, 0x8}, {"costa", 5, 0x40000000}, {"could", 5, 0x1}, {"council", 7, 0x10},
    {"councillor", 10, 0x8}, {"councilman", 10, 0x8}, {"counsellor", 10, 0x2},
    {"counselor", 9, 0x2}, {"countered", 9, 0x8000}, {"counterpart", 11, 0x8},
    {"county", 6, 0x80000}, {"court", 5, 0x10}, {"crescent", 8, 0x10}, {"crimea", 6, 0x100},
    {"croatia", 7, 0x100}, {"croatian", 8, 0x400}, {"cross", 5, 0x10}, {"crown", 5, 0x8},
    {"cuba", 4, 0x100}, {"cuban", 5, 0x400}, {"cup", 3, 0x100000}, {"cyprus", 6, 0x100},
    {"czech", 5, 0x500}, {"da", 2, 0x1000}, {"daily", 5, 0x50}, {"dakar", 5, 0x100},
    {"dallas", 6, 0x100}, {"damascus", 8, 0x100}, {"dame", 4, 0x2}, {"daniel", 6, 0x2000},
    {"danish", 6, 0x400}, {"darfur", 6, 0x100}, {"david", 5, 0x2000}, {"de", 2, 0x1000},
    {"dec", 3, 0x4000}, {"december", 8, 0x40000}, {"declared", 8, 0x8000}, {"declares", 8, 0x8000},
    {"declaring", 9, 0x8000}, {"defence", 7, 0x4}, {"defense", 7, 0x4}, {"del", 3, 0x1000},
    {"delaware", 8, 0x100}, {"delhi", 5, 0x100}, {"della", 5, 0x1000}, {"democrat", 8, 0x400},
    {"democratic", 10, 0x40000400}, {"democrats", 9, 0x400}, {"denied", 6, 0x8000},
    {"denies", 6, 0x8000}, {"denmark", 7, 0x100}, {"denver", 6, 0x100}, {"department", 10, 0x10},
    {"deputy", 6, 0x4}, {"der", 3, 0x1000}, {"des", 3, 0x40000000}, {"described", 9, 0x8000},
    {"desert", 6, 0x80080}, {"despite", 7, 0x1}, {"detroit", 7, 0x100}, {"dhaka", 5, 0x100},
    {"di", 2, 0x1000}, {"did", 3, 0x200001}, {"diplomat", 8, 0x10008}, {"diplomats", 9, 0x10000},
    {"director", 8, 0xa}, {"disney", 6, 0x200}, {"district", 8, 0x80000}, {"dmitry", 6, 0x2000},
    {"do", 2, 0x1}, {"does", 4, 0x200001}, {"doha", 4, 0x100}, {"donald", 6, 0x2000},
    {"donetsk", 7, 0x100}, {"donor", 5, 0x8}, {"dortmund", 8, 0x100}, {"dos", 3, 0x1000},
    {"dpa", 3, 0x200}, {"dr", 2, 0x4002}, {"dresden", 7, 0x100}, {"du", 2, 0x1000},
    {"dubai", 5, 0x100}, {"dublin", 6, 0x100}, {"durban", 6, 0x100}, {"during", 6, 0x400001},
    {"dutch", 5, 0x400}, {"each", 4, 0x1}, {"earlier", 7, 0x600001}, {"east", 4, 0x40000800},
    {"easter", 6, 0x40000}, {"eastern", 7, 0x40000c00}, {"economist", 9, 0x8}, {"economy", 7, 0x4},
    {"edinburgh", 9, 0x100}, {"editor", 6, 0x9}, {"efe", 3, 0x200}, {"egypt", 5, 0x100},
    {"egyptian", 8, 0x400}, {"either", 6, 0x1}, {"el", 2, 0x40001000}, {"elizabeth", 9, 0x2000},
    {"else", 4, 0x1}, {"embassy", 7, 0x10}, {"emir", 4, 0x2}, {"emirati", 7, 0x400},
    {"emmanuel", 8, 0x2000}, {"emphasised", 10, 0x8000}, {"emphasized", 10, 0x8000},
    {"energy", 6, 0x4}, {"england", 7, 0x100}, {"english", 7, 0x400}, {"entrepreneur", 12, 0x8},
    {"envoy", 5, 0xa}, {"eric", 4, 0x2000}, {"estonia", 7, 0x100}, {"estonian", 8, 0x400},
    {"ethiopia", 8, 0x100}, {"ethiopian", 9, 0x400}, {"europe", 6, 0x100},
    {"european", 8, 0x40000400}, {"evangelical", 11, 0x400}, {"evangelicals", 12, 0x400},
    {"even", 4, 0x1}, {"ever", 4, 0x1}, {"every", 5, 0x1}, {"everyone", 8, 0x1},
    {"everything", 10, 0x1}, {"exclaimed", 9, 0x8000}, {"executive", 9, 0x8},
    {"expert", 6, 0x10008}, {"experts", 7, 0x10000}, {"explained", 9, 0x8000},
    {"explaining", 10, 0x8000}, {"explains", 8, 0x8000}, {"express", 7, 0x10},
    {"facebook", 8, 0x200}, {"falluja", 7, 0x100}, {"fallujah", 8, 0x100}, {"fbi", 3, 0x200},
    {"feb", 3, 0x4000}, {"february", 8, 0x40000}, {"federation", 10, 0x10},
    {"festival", 8, 0x100000}, {"few", 3, 0x1}, {"fig", 3, 0x4000}, {"filmmaker", 9, 0x8},
    {"finance", 7, 0x4}, {"finland", 7, 0x100}, {"finnish", 7, 0x400}, {"firm", 4, 0x40},
    {"first", 5, 0x4}, {"flanders", 8, 0x100}, {"florida", 7, 0x100}, {"follow", 6, 0x1},
    {"following", 9, 0x400000}, {"for", 3, 0x400001}, {"force", 5, 0x10}, {"forces", 6, 0x10},
    {"foreign", 7, 0x4}, {"former", 6, 0x5}, {"foundation", 10, 0x10}, {"founder", 7, 0x8},
    {"fox", 3, 0x40000000}, {"france", 6, 0x100}, {"francois", 8, 0x2000}, {"frank", 5, 0x2000},
    {"frankfurt", 9, 0x100}, {"free", 4, 0x40000000}, {"french", 6, 0x400},
    {"frequently", 10, 0x200000}, {"friday", 6, 0x40000}, {"from", 4, 0x400001}, {"front", 5, 0x10},
    {"fukushima", 9, 0x100}, {"fund", 4, 0x10}, {"further", 7, 0x200001}, {"galilee", 7, 0x100},
    {"games", 5, 0x100000}, {"gaza", 4, 0x40000100}, {"gazette", 7, 0x10}, {"gen", 3, 0x4002},
    {"general", 7, 0xa}, {"geneva", 6, 0x100}, {"gennady", 7, 0x2000}, {"george", 6, 0x2000},
    {"georgia", 7, 0x100}, {"georgian", 8, 0x400}, {"german", 6, 0x400}, {"germany", 7, 0x100},
    {"ghana", 5, 0x100}, {"glasgow", 7, 0x100}, {"golan", 5, 0x40000000}, {"google", 6, 0x200},
    {"gothenburg", 10, 0x100}, {"gov", 3, 0x4002}, {"government", 10, 0x30}, {"governor", 8, 0xa},
    {"great", 5, 0x40000000}, {"greece", 6, 0x100}, {"greek", 5, 0x400}, {"group", 5, 0x50},
    {"guangzhou", 9, 0x100}, {"guard", 5, 0x10}, {"guards", 6, 0x10}, {"guatemala", 9, 0x40000100},
    {"gulf", 4, 0x40080000}, {"had", 3, 0x200001}, {"haiti", 5, 0x100}, {"haitian", 7, 0x400},
    {"hall", 4, 0x80000}, {"hama", 4, 0x100}, {"hamas", 5, 0x200}, {"hamburg", 7, 0x100},
    {"hanoi", 5, 0x100}, {"harare", 6, 0x100}, {"harbor", 6, 0x80000}, {"harbour", 7, 0x80000},
    {"has", 3, 0x200001}, {"hassan", 6, 0x2000}, {"havana", 6, 0x100}, {"have", 4, 0x200001},
    {"having", 6, 0x1}, {"hawaii", 6, 0x100}, {"he", 2, 0x420001}, {"head", 4, 0x8},
    {"health", 6, 0x4}, {"hebron", 6, 0x100}, {"heights", 7, 0x80000}, {"helmand", 7, 0x100},
    {"helsinki", 8, 0x100}, {"her", 3, 0x800001}, {"herald", 6, 0x10}, {"herat", 5, 0x100},
    {"here", 4, 0x1}, {"hers", 4, 0x1}, {"herself", 7, 0x1}, {"hezbollah", 9, 0x200},
    {"hillary", 7, 0x2000}, {"him", 3, 0x1}, {"himalayas", 9, 0x100}, {"himself", 7, 0x1},
    {"hiroshima", 9, 0x100}, {"his", 3, 0x800001}, {"historian", 9, 0x8}, {"ho", 2, 0x40000000},
    {"home", 4, 0x4}, {"homs", 4, 0x100}, {"honduras", 8, 0x100}, {"hong", 4, 0x40000000},
    {"honolulu", 8, 0x100}, {"horn", 4, 0x40000000}, {"host", 4, 0x8}, {"houston", 7, 0x100},
    {"how", 3, 0x1}, {"however", 7, 0x1}, {"human", 5, 0x40000000}, {"hungarian", 9, 0x400},
    {"hungary", 7, 0x100}, {"hussein", 7, 0x2000}, {"hyderabad", 9, 0x100}, {"i", 1, 0x20001},
    {"ibm", 3, 0x200}, {"ibn", 3, 0x1000}, {"idaho", 5, 0x100}, {"idlib", 5, 0x100},
    {"if", 2, 0x400001}, {"igor", 4, 0x2000}, {"illinois", 8, 0x100}, {"image", 5, 0x1},
    {"in", 2, 0x1}, {"inc", 3, 0x4010}, {"including", 9, 0x1}, {"indeed", 6, 0x1},
    {"india", 5, 0x100}, {"indian", 6, 0x400}, {"indiana", 7, 0x100}, {"indonesia", 9, 0x100},
    {"indonesian", 10, 0x400}, {"inside", 6, 0x1}, {"insider", 7, 0x10000},
    {"insiders", 8, 0x10000}, {"insisted", 8, 0x8000}, {"insisting", 9, 0x8000},
    {"insists", 7, 0x8000}, {"instead", 7, 0x1}, {"institute", 9, 0x10}, {"intel", 5, 0x200},
    {"interfax", 8, 0x200}, {"interior", 8, 0x4}, {"international", 13, 0x10}, {"into", 4, 0x1},
    {"iowa", 4, 0x100}, {"iran", 4, 0x100}, {"iranian", 7, 0x400}, {"iraq", 4, 0x100},
    {"iraqi", 5, 0x400}, {"ireland", 7, 0x100}, {"irish", 5, 0x400}, {"is", 2, 0x200001},
    {"isil", 4, 0x200}, {"isis", 4, 0x200}, {"islamabad", 9, 0x100}, {"islamic", 7, 0x40000400},
    {"island", 6, 0x80080}, {"islands", 7, 0x80080}, {"israel", 6, 0x100}, {"israeli", 7, 0x400},
    {"istanbul", 8, 0x100}, {"it", 2, 0x20001}, {"italian", 7, 0x400}, {"italy", 5, 0x100},
    {"itar-tass", 9, 0x200}, {"its", 3, 0x800001}, {"itself", 6, 0x1}, {"ivan", 4, 0x2000},
    {"jack", 4, 0x2000}, {"jakarta", 7, 0x100}, {"james", 5, 0x2000}, {"jan", 3, 0x4000},
    {"jane", 4, 0x2000}, {"january", 7, 0x40000}, {"japan", 5, 0x100}, {"japanese", 8, 0x400},
    {"jean", 4, 0x2000}, {"jean-marc", 9, 0x2000}, {"jeb", 3, 0x2000}, {"jeddah", 6, 0x100},
    {"jeff", 4, 0x2000}, {"jennifer", 8, 0x2000}, {"jerusalem", 9, 0x100}, {"jewish", 6, 0x400},
    {"jim", 3, 0x2000}, {"joe", 3, 0x2000}, {"johannesburg", 12, 0x100}, {"john", 4, 0x2000},
    {"joked", 5, 0x8000}, {"jordan", 6, 0x100}, {"jordanian", 9, 0x400}, {"jose", 4, 0x2000},
    {"joseph", 6, 0x2000}, {"journal", 7, 0x10}, {"journalist", 10, 0x8}, {"jr", 2, 0x4000},
    {"juan", 4, 0x2000}, {"judge", 5, 0xa}, {"jul", 3, 0x4000}, {"julia", 5, 0x2000},
    {"july", 4, 0x40000}, {"jun", 3, 0x4000}, {"june", 4, 0x40000}, {"just", 4, 0x200001},
    {"justice", 7, 0x6}, {"kabul", 5, 0x100}, {"kampala", 7, 0x100}, {"kandahar", 8, 0x100},
    {"kansas", 6, 0x100}, {"karachi", 7, 0x100}, {"kashmir", 7, 0x100}, {"kathmandu", 9, 0x100},
    {"kazakh", 6, 0x400}, {"kazakhstan", 10, 0x100}, {"kentucky", 8, 0x100}, {"kenya", 5, 0x100},
    {"kenyan", 6, 0x400}, {"kevin", 5, 0x2000}, {"kiev", 4, 0x100}, {"king", 4, 0x2},
    {"kinshasa", 8, 0x100}, {"kobani", 6, 0x100}, {"kolkata", 7, 0x100}, {"korean", 6, 0x400},
    {"kosovo", 6, 0x100}, {"kowloon", 7, 0x100}, {"krakow", 6, 0x100}, {"kremlin", 7, 0x200},
    {"kuala", 5, 0x40000000}, {"kunduz", 6, 0x100}, {"kurdish", 7, 0x400}, {"kurdistan", 9, 0x100},
    {"kuwait", 6, 0x40000100}, {"kuwaiti", 7, 0x400}, {"kyiv", 4, 0x100}, {"kyodo", 5, 0x200},
    {"la", 2, 0x1000}, {"lagos", 5, 0x100}, {"lahore", 6, 0x100}, {"lake", 4, 0x80080},
    {"lamented", 8, 0x8000}, {"laos", 4, 0x100}, {"las", 3, 0x40000000}, {"last", 4, 0x400001},
    {"latakia", 7, 0x100}, {"later", 5, 0x600001}, {"latin", 5, 0x40000000}, {"latvia", 6, 0x100},
    {"latvian", 7, 0x400}, {"laurent", 7, 0x2000}, {"lawmaker", 8, 0x8}, {"lawyer", 6, 0x8},
    {"le", 2, 0x1000}, {"leader", 6, 0x8}, {"league", 6, 0x10}, {"least", 5, 0x1},
    {"lebanese", 8, 0x400}, {"lebanon", 7, 0x100}, {"leeds", 5, 0x100}, {"legislator", 10, 0x8},
    {"less", 4, 0x1}, {"let", 3, 0x1}, {"lhasa", 5, 0x100}, {"liberal", 7, 0x400},
    {"liberals", 8, 0x400}, {"libya", 5, 0x100}, {"libyan", 6, 0x400}, {"lieut", 5, 0x2},
    {"lieutenant", 10, 0x4}, {"like", 4, 0x1}, {"lima", 4, 0x100}, {"lindsey", 7, 0x2000},
    {"lisbon", 6, 0x100}, {"lithuania", 9, 0x100}, {"lithuanian", 10, 0x400},
    {"liverpool", 9, 0x100}, {"lombardy", 8, 0x100}, {"london", 6, 0x100}, {"lord", 4, 0x2},
    {"los", 3, 0x40000000}, {"louisiana", 9, 0x100}, {"lt", 2, 0x4002}, {"ltd", 3, 0x4010},
    {"luhansk", 7, 0x100}, {"lyon", 4, 0x100}, {"madrid", 6, 0x100}, {"magazine", 8, 0x50},
    {"maine", 5, 0x100}, {"maintained", 10, 0x8000}, {"maintains", 9, 0x8000}, {"maj", 3, 0x4002},
    {"major", 5, 0x2}, {"malaysia", 8, 0x100}, {"malaysian", 9, 0x400}, {"mali", 4, 0x100},
    {"manager", 7, 0x8}, {"manchester", 10, 0x100}, {"manila", 6, 0x100}, {"manitoba", 8, 0x100},
    {"many", 4, 0x1}, {"mar", 3, 0x4000}, {"march", 5, 0x40000}, {"marco", 5, 0x2000},
    {"maria", 5, 0x2000}, {"mark", 4, 0x2000}, {"marseille", 9, 0x100}, {"martin", 6, 0x2000},
    {"mary", 4, 0x2000}, {"maryland", 8, 0x100}, {"massachusetts", 13, 0x100}, {"may", 3, 0x40001},
    {"maybe", 5, 0x1}, {"mayor", 5, 0xa}, {"me", 2, 0x1}, {"meanwhile", 9, 0x1},
    {"mecca", 5, 0x100}, {"media", 5, 0x10}, {"medina", 6, 0x100}, {"mediterranean", 13, 0x100},
    {"melbourne", 9, 0x100}, {"mentioned", 9, 0x8000}, {"mexican", 7, 0x400},
    {"mexico", 6, 0x40000100}, {"miami", 5, 0x100}, {"michael", 7, 0x2000}, {"michelle", 8, 0x2000},
    {"michigan", 8, 0x100}, {"microsoft", 9, 0x200}, {"middle", 6, 0x40000000}, {"might", 5, 0x1},
    {"mike", 4, 0x2000}, {"milan", 5, 0x100}, {"military", 8, 0x20}, {"minister", 8, 0xa},
    {"ministry", 8, 0x30}, {"minneapolis", 11, 0x100}, {"minnesota", 9, 0x100}, {"minsk", 5, 0x100},
    {"mississippi", 11, 0x100}, {"missouri", 8, 0x100}, {"mitt", 4, 0x2000},
    {"mogadishu", 9, 0x100}, {"mohammad", 8, 0x2000}, {"mohammed", 8, 0x2000},
    {"moldova", 7, 0x100}, {"mombasa", 7, 0x100}, {"monday", 6, 0x40000}, {"mongolia", 8, 0x100},
    {"montana", 7, 0x100}, {"montenegro", 10, 0x100}, {"montreal", 8, 0x100}, {"more", 4, 0x1},
    {"moreover", 8, 0x1}, {"moroccan", 8, 0x400}, {"morocco", 7, 0x100}, {"moscow", 6, 0x100},
    {"mosque", 6, 0x80000}, {"most", 4, 0x1}, {"mosul", 5, 0x100}, {"mountain", 8, 0x80080},
    {"mountains", 9, 0x80080}, {"movement", 8, 0x10}, {"mr", 2, 0x4002}, {"mrs", 3, 0x4002},
    {"ms", 2, 0x4002}, {"mt", 2, 0x4000}, {"much", 4, 0x1}, {"muhammad", 8, 0x2000},
    {"mumbai", 6, 0x100}, {"munich", 6, 0x100}, {"muslim", 6, 0x40000400}, {"must", 4, 0x1},
    {"my", 2, 0x1}, {"myanmar", 7, 0x100}, {"nairobi", 7, 0x100}, {"nancy", 5, 0x2000},
    {"naples", 6, 0x100}, {"nasa", 4, 0x200}, {"nashville", 9, 0x100}, {"nations", 7, 0x10},
    {"nato", 4, 0x200}, {"navy", 4, 0x30}, {"nbc", 3, 0x40000000}, {"nebraska", 8, 0x100},
    {"negotiator", 10, 0x8}, {"neither", 7, 0x1}, {"nepal", 5, 0x100}, {"netflix", 7, 0x200},
    {"netherlands", 11, 0x100}, {"network", 7, 0x50}, {"nevada", 6, 0x100}, {"never", 5, 0x1},
    {"nevertheless", 12, 0x1}, {"new", 3, 0x40000000}, {"newark", 6, 0x100}, {"news", 4, 0x800010},
    {"newspaper", 9, 0x40}, {"next", 4, 0x1}, {"nicaragua", 9, 0x100}, {"nicolas", 7, 0x2000},
    {"niger", 5, 0x100}, {"nigeria", 7, 0x100}, {"nigerian", 8, 0x400}, {"no", 2, 0x4001},
    {"nominee", 7, 0x8}, {"none", 4, 0x1}, {"nor", 3, 0x1}, {"normandy", 8, 0x100},
    {"north", 5, 0x40000800}, {"northeast", 9, 0x800}, {"northeastern", 12, 0x800},
    {"northern", 8, 0xc00}, {"northwest", 9, 0x800}, {"northwestern", 12, 0x800},
    {"norway", 6, 0x100}, {"norwegian", 9, 0x400}, {"not", 3, 0x1}, {"note", 4, 0x8001},
    {"noted", 5, 0x8000}, {"notes", 5, 0x8000}, {"nothing", 7, 0x1}, {"noting", 6, 0x8000},
    {"nov", 3, 0x4000}, {"november", 8, 0x40000}, {"now", 3, 0x200001}, {"nusra", 5, 0x40000000},
    {"observed", 8, 0x8000}, {"observer", 8, 0x10}, {"ocean", 5, 0x80000}, {"oct", 3, 0x4000},
    {"october", 7, 0x40000}, {"odessa", 6, 0x100}, {"of", 2, 0x1}, {"off", 3, 0x1},
    {"office", 6, 0x10}, {"officer", 7, 0x8}, {"official", 8, 0x10008}, {"officials", 9, 0x10000},
    {"often", 5, 0x200000}, {"ohio", 4, 0x100}, {"oklahoma", 8, 0x100}, {"olga", 4, 0x2000},
    {"olympics", 8, 0x100000}, {"oman", 4, 0x100}, {"omar", 4, 0x2000}, {"on", 2, 0x400001},
    {"once", 4, 0x200001}, {"one", 3, 0x1}, {"only", 4, 0x1}, {"ontario", 7, 0x100},
    {"opec", 4, 0x200}, {"or", 2, 0x1}, {"oregon", 6, 0x100}, {"organisation", 12, 0x50},
    {"organization", 12, 0x50}, {"osaka", 5, 0x100}, {"oslo", 4, 0x100}, {"other", 5, 0x1},
    {"others", 6, 0x1}, {"otherwise", 9, 0x1}, {"ottawa", 6, 0x100}, {"our", 3, 0x800001},
    {"ours", 4, 0x1}, {"out", 3, 0x1}, {"outlet", 6, 0x40}, {"outside", 7, 0x1}, {"over", 4, 0x1},
    {"own", 3, 0x1}, {"pakistan", 8, 0x100}, {"pakistani", 9, 0x400}, {"palace", 6, 0x80000},
    {"palestine", 9, 0x100}, {"palestinian", 11, 0x400}, {"palmyra", 7, 0x100},
    {"panama", 6, 0x40000100}, {"paraguay", 8, 0x100}, {"paris", 5, 0x100}, {"park", 4, 0x80000},
    {"parliament", 10, 0x30}, {"party", 5, 0x50}, {"pastor", 6, 0x8}, {"patagonia", 9, 0x100},
    {"paul", 4, 0x2000}, {"peninsula", 9, 0x80080}, {"pennsylvania", 12, 0x100},
    {"pentagon", 8, 0x200}, {"perhaps", 7, 0x1}, {"persian", 7, 0x40000400}, {"perth", 5, 0x100},
    {"peru", 4, 0x100}, {"peter", 5, 0x2000}, {"philadelphia", 12, 0x100},
    {"philippines", 11, 0x100}, {"phoenix", 7, 0x100}, {"photo", 5, 0x1}, {"pittsburgh", 10, 0x100},
    {"plaza", 5, 0x80000}, {"please", 6, 0x1}, {"pledged", 7, 0x8000}, {"poland", 6, 0x100},
    {"police", 6, 0x10}, {"polish", 6, 0x400}, {"pollster", 8, 0x8}, {"pope", 4, 0x2},
    {"port", 4, 0x80000}, {"porto", 5, 0x100}, {"portugal", 8, 0x100}, {"portuguese", 10, 0x400},
    {"post", 4, 0x10}, {"prague", 6, 0x100}, {"predicted", 9, 0x8000}, {"premier", 7, 0x2},
    {"president", 9, 0xa}, {"president-elect", 15, 0x2}, {"press", 5, 0x800010},
    {"pretoria", 8, 0x100}, {"previously", 10, 0x200000}, {"priest", 6, 0x8}, {"prime", 5, 0x4},
    {"prince", 6, 0x2}, {"princess", 8, 0x2}, {"principal", 9, 0x4}, {"producer", 8, 0x8},
    {"prof", 4, 0x4002}, {"professor", 9, 0xa}, {"promised", 8, 0x8000}, {"prosecutor", 10, 0x8},
    {"protester", 9, 0x8}, {"provence", 8, 0x100}, {"province", 8, 0x80080},
    {"publicly", 8, 0x200000}, {"puerto", 6, 0x40000000}, {"pundit", 6, 0x8}, {"punjab", 6, 0x100},
    {"pyongyang", 9, 0x100}, {"qatar", 5, 0x100}, {"qatari", 6, 0x400}, {"quebec", 6, 0x100},
    {"queen", 5, 0x2}, {"queensland", 10, 0x100}, {"quickly", 7, 0x200000}, {"quipped", 7, 0x8000},
    {"quito", 5, 0x100}, {"rabat", 5, 0x100}, {"rabbi", 5, 0x2}, {"radio", 5, 0x50},
    {"ramadan", 7, 0x40000}, {"rand", 4, 0x2000}, {"rangoon", 7, 0x100}, {"rapper", 6, 0x8},
    {"rapporteur", 10, 0x8}, {"raqqa", 5, 0x100}, {"rather", 6, 0x1}, {"recalled", 8, 0x8000},
    {"recalls", 7, 0x8000}, {"recently", 8, 0x200000}, {"recounted", 9, 0x8000},
    {"red", 3, 0x40000000}, {"regime", 6, 0x30}, {"region", 6, 0x80080}, {"reiterated", 10, 0x8000},
    {"related", 7, 0x1}, {"remarked", 8, 0x8000}, {"rep", 3, 0x4002}, {"repeatedly", 10, 0x200000},
    {"replied", 7, 0x8000}, {"replies", 7, 0x8000}, {"reported", 8, 0x8000},
    {"reportedly", 10, 0x200000}, {"reporter", 8, 0x8}, {"reporting", 9, 0x1},
    {"reports", 7, 0x8000}, {"representative", 14, 0xa}, {"republican", 10, 0x40000400},
    {"republicans", 11, 0x400}, {"researcher", 10, 0x8}, {"resident", 8, 0x8},
    {"responded", 9, 0x8000}, {"responds", 8, 0x8000}, {"reuters", 7, 0x200}, {"rev", 3, 0x4002},
    {"reverend", 8, 0x2}, {"review", 6, 0x10}, {"rhode", 5, 0x40000000}, {"richard", 7, 0x2000},
    {"rio", 3, 0x40000000}, {"rival", 5, 0x8}, {"river", 5, 0x80080}, {"riyadh", 6, 0x100},
    {"road", 4, 0x80000}, {"robert", 6, 0x2000}, {"romania", 7, 0x100}, {"romanian", 8, 0x400},
    {"rome", 4, 0x100}, {"ron", 3, 0x2000}, {"rotterdam", 9, 0x100}, {"russia", 6, 0x100},
    {"russian", 7, 0x400}, {"rwanda", 6, 0x100}, {"sacramento", 10, 0x100}, {"sahara", 6, 0x100},
    {"said", 4, 0x8000}, {"saint", 5, 0x40000000}, {"salt", 4, 0x40000000}, {"salzburg", 8, 0x100},
    {"same", 4, 0x1}, {"samsung", 7, 0x200}, {"san", 3, 0x40000000}, {"sanaa", 5, 0x100},
    {"santiago", 8, 0x100}, {"sao", 3, 0x40000000}, {"sarah", 5, 0x2000}, {"sarajevo", 8, 0x100},
    {"sardinia", 8, 0x100}, {"saskatchewan", 12, 0x100}, {"saturday", 8, 0x40000},
    {"saudi", 5, 0x40000400}, {"say", 3, 0x8000}, {"saying", 6, 0x8000}, {"says", 4, 0x8000},
    {"scandinavia", 11, 0x100}, {"school", 6, 0x10}, {"scientist", 9, 0x8}, {"scotland", 8, 0x100},
    {"scottish", 8, 0x400}, {"sea", 3, 0x80080}, {"seattle", 7, 0x100}, {"secretary", 9, 0xa},
    {"secretary-general", 17, 0x2}, {"sen", 3, 0x4002}, {"senate", 6, 0x10}, {"senator", 7, 0xa},
    {"senegal", 7, 0x100}, {"senior", 6, 0x4}, {"seoul", 5, 0x100}, {"sep", 3, 0x4000},
    {"sept", 4, 0x4000}, {"september", 9, 0x40000}, {"serb", 4, 0x400}, {"serbia", 6, 0x100},
    {"serbian", 7, 0x400}, {"sergeant", 8, 0x2}, {"sergei", 6, 0x2000}, {"sergey", 6, 0x2000},
    {"service", 7, 0x10}, {"services", 8, 0x10}, {"several", 7, 0x1}, {"seville", 7, 0x100},
    {"sgt", 3, 0x4002}, {"shanghai", 8, 0x100}, {"share", 5, 0x1}, {"she", 3, 0x420001},
    {"sheikh", 6, 0x2}, {"shenzhen", 8, 0x100}, {"sheriff", 7, 0x8}, {"shia", 4, 0x400},
    {"shiite", 6, 0x400}, {"should", 6, 0x1}, {"shouted", 7, 0x8000}, {"siberia", 7, 0x100},
    {"sicily", 6, 0x100}, {"sierra", 6, 0x40000000}, {"sign", 4, 0x1}, {"sinai", 5, 0x100},
    {"since", 5, 0x400001}, {"sindh", 5, 0x100}, {"singapore", 9, 0x100}, {"singer", 6, 0x8},
    {"sir", 3, 0x2}, {"skopje", 6, 0x100}, {"slovak", 6, 0x400}, {"slovakia", 8, 0x100},
    {"slovenia", 8, 0x100}, {"so", 2, 0x400001}, {"society", 7, 0x10}, {"sofia", 5, 0x100},
    {"soldier", 7, 0x8}, {"somali", 6, 0x400}, {"somalia", 7, 0x100}, {"some", 4, 0x1},
    {"someone", 7, 0x1}, {"something", 9, 0x1}, {"sony", 4, 0x200}, {"soon", 4, 0x1},
    {"source", 6, 0x10000}, {"sources", 7, 0x10000}, {"south", 5, 0x40000800},
    {"southeast", 9, 0x40000800}, {"southeastern", 12, 0x800}, {"southern", 8, 0x40000c00},
    {"southwest", 9, 0x800}, {"southwestern", 12, 0x800}, {"soviet", 6, 0x400}, {"spain", 5, 0x100},
    {"spanish", 7, 0x400}, {"speaker", 7, 0xa}, {"special", 7, 0x4}, {"spokesman", 9, 0x1000a},
    {"spokesperson", 12, 0x1000a}, {"spokeswoman", 11, 0x1000a}, {"square", 6, 0x80000},
    {"sr", 2, 0x4000}, {"sri", 3, 0x40000000}, {"srinagar", 8, 0x100}, {"st", 2, 0x4000},
    {"st.", 3, 0x40000000}, {"stadium", 7, 0x80000}, {"staffan", 7, 0x2000},
    {"state", 5, 0x40000004}, {"stated", 6, 0x8000}, {"states", 6, 0x8000}, {"station", 7, 0x80040},
    {"stephen", 7, 0x2000}, {"steve", 5, 0x2000}, {"still", 5, 0x200001}, {"stockholm", 9, 0x100},
    {"strait", 6, 0x80080}, {"strategist", 10, 0xa}, {"street", 6, 0x80000},
    {"stressed", 8, 0x8000}, {"stresses", 8, 0x8000}, {"stressing", 9, 0x8000},
    {"strongman", 9, 0x8}, {"student", 7, 0x8}, {"stuttgart", 9, 0x100}, {"subscribe", 9, 0x1},
    {"such", 4, 0x1}, {"sudan", 5, 0x100}, {"sudanese", 8, 0x400}, {"suggested", 9, 0x8000},
    {"suggesting", 10, 0x8000}, {"suggests", 8, 0x8000}, {"sultan", 6, 0x2},
    {"summit", 6, 0x100000}, {"sunday", 6, 0x40000}, {"sunni", 5, 0x400},
    {"superintendent", 14, 0x2}, {"supporter", 9, 0x8}, {"supreme", 7, 0x40000000},
    {"susan", 5, 0x2000}, {"sweden", 6, 0x100}, {"swedish", 7, 0x400}, {"swiss", 5, 0x400},
    {"switzerland", 11, 0x100}, {"sydney", 6, 0x100}, {"syria", 5, 0x100}, {"syrian", 6, 0x400},
    {"taipei", 6, 0x100}, {"taiwan", 6, 0x100}, {"taiwanese", 9, 0x400}, {"tajikistan", 10, 0x100},
    {"taliban", 7, 0x200}, {"tallinn", 7, 0x100}, {"tartus", 6, 0x100}, {"tashkent", 8, 0x100},
    {"tasmania", 8, 0x100}, {"tass", 4, 0x200}, {"tbilisi", 7, 0x100}, {"teacher", 7, 0x8},
    {"ted", 3, 0x2000}, {"tehran", 6, 0x100}, {"tel", 3, 0x40000000}, {"telegraph", 9, 0x10},
    {"television", 10, 0x40}, {"tell", 4, 0x8000}, {"telling", 7, 0x8000}, {"tells", 5, 0x8000},
    {"temple", 6, 0x80000}, {"tennessee", 9, 0x100}, {"testified", 9, 0x8000}, {"texas", 5, 0x100},
    {"thai", 4, 0x400}, {"thailand", 8, 0x100}, {"than", 4, 0x1}, {"that", 4, 0x400001},
    {"the", 3, 0x800001}, {"their", 5, 0x800001}, {"theirs", 6, 0x1}, {"them", 4, 0x1},
    {"themselves", 10, 0x1}, {"then", 4, 0x200001}, {"there", 5, 0x1}, {"thereby", 7, 0x1},
    {"therefore", 9, 0x1}, {"theresa", 7, 0x2000}, {"these", 5, 0x800001}, {"they", 4, 0x20001},
    {"this", 4, 0xc00001}, {"thomas", 6, 0x2000}, {"those", 5, 0x800001}, {"though", 6, 0x1},
    {"through", 7, 0x1}, {"throughout", 10, 0x1}, {"thursday", 8, 0x40000}, {"thus", 4, 0x1},
    {"tibet", 5, 0x100}, {"tijuana", 7, 0x100}, {"tikrit", 6, 0x100}, {"tim", 3, 0x2000},
    {"times", 5, 0x10}, {"tirana", 6, 0x100}, {"to", 2, 0x1}, {"today", 5, 0x400001},
    {"together", 8, 0x1}, {"tokyo", 5, 0x100}, {"told", 4, 0x8000}, {"tom", 3, 0x2000},
    {"tomorrow", 8, 0x1}, {"tonight", 7, 0x400001}, {"too", 3, 0x1}, {"toronto", 7, 0x100},
    {"toulouse", 8, 0x100}, {"tournament", 10, 0x100000}, {"toward", 6, 0x1}, {"towards", 7, 0x1},
    {"tower", 5, 0x80000}, {"towers", 6, 0x80000}, {"town", 4, 0x80000}, {"toyota", 6, 0x200},
    {"trade", 5, 0x4}, {"tribunal", 8, 0x10}, {"tribune", 7, 0x10}, {"tripoli", 7, 0x100},
    {"tucson", 6, 0x100}, {"tuesday", 7, 0x40000}, {"tunis", 5, 0x100}, {"tunisia", 7, 0x100},
    {"tunisian", 8, 0x400}, {"turin", 5, 0x100}, {"turkey", 6, 0x100}, {"turkish", 7, 0x400},
    {"turkmenistan", 12, 0x100}, {"tuscany", 7, 0x100}, {"tv", 2, 0x50}, {"tweeted", 7, 0x8000},
    {"tweets", 6, 0x8000}, {"twitter", 7, 0x200}, {"u.k", 3, 0x4000}, {"u.n", 3, 0x4000},
    {"u.s", 3, 0x4000}, {"ubisoft", 7, 0x200}, {"uganda", 6, 0x100}, {"ukraine", 7, 0x100},
    {"ukrainian", 9, 0x400}, {"ulaanbaatar", 11, 0x100}, {"under", 5, 0x5}, {"unesco", 6, 0x200},
    {"unicef", 6, 0x200}, {"union", 5, 0x10}, {"united", 6, 0x40000000}, {"university", 10, 0x10},
    {"unless", 6, 0x1}, {"unlike", 6, 0x1}, {"until", 5, 0x1}, {"up", 2, 0x1}, {"update", 6, 0x1},
    {"updated", 7, 0x1}, {"upon", 4, 0x1}, {"urged", 5, 0x8000}, {"urges", 5, 0x8000},
    {"urging", 6, 0x8000}, {"uruguay", 7, 0x100}, {"utah", 4, 0x100}, {"uzbek", 5, 0x400},
    {"uzbekistan", 10, 0x100}, {"valencia", 8, 0x100}, {"valley", 6, 0x80080}, {"van", 3, 0x1000},
    {"vancouver", 9, 0x100}, {"venezuela", 9, 0x100}, {"venezuelan", 10, 0x400},
    {"venice", 6, 0x100}, {"vermont", 7, 0x100}, {"veteran", 7, 0x8}, {"via", 3, 0x400001},
    {"vice", 4, 0x4}, {"video", 5, 0x1}, {"vienna", 6, 0x100}, {"vietnam", 7, 0x100},
    {"vietnamese", 10, 0x400}, {"village", 7, 0x80000}, {"vilnius", 7, 0x100},
    {"virginia", 8, 0x100}, {"vladimir", 8, 0x2000}, {"von", 3, 0x1000}, {"voter", 5, 0x8},
    {"vowed", 5, 0x8000}, {"vs", 2, 0x4000}, {"wales", 5, 0x100}, {"wall", 4, 0x40000000},
    {"wallonia", 8, 0x100}, {"war", 3, 0x100000}, {"warned", 6, 0x8000}, {"warning", 7, 0x8000},
    {"warns", 5, 0x8000}, {"warsaw", 6, 0x100}, {"was", 3, 0x200001},
    {"washington", 10, 0x40000100}, {"watch", 5, 0x11}, {"we", 2, 0x20001}, {"website", 7, 0x40},
    {"wednesday", 9, 0x40000}, {"weekly", 6, 0x10}, {"well", 4, 0x1}, {"wellington", 10, 0x100},
    {"welsh", 5, 0x400}, {"were", 4, 0x200001}, {"west", 4, 0x40000800}, {"western", 7, 0x40000c00},
    {"what", 4, 0x1}, {"whatever", 8, 0x1}, {"when", 4, 0x400001}, {"whenever", 8, 0x1},
    {"where", 5, 0x400001}, {"whereas", 7, 0x1}, {"whether", 7, 0x400001}, {"which", 5, 0x400001},
    {"while", 5, 0x400001}, {"white", 5, 0x40000000}, {"whitehall", 9, 0x200}, {"who", 3, 0x400001},
    {"whoever", 7, 0x1}, {"whom", 4, 0x1}, {"whose", 5, 0x1}, {"why", 3, 0x1},
    {"wikinews", 8, 0x200}, {"wikipedia", 9, 0x200}, {"will", 4, 0x200001}, {"william", 7, 0x2000},
    {"winnipeg", 8, 0x100}, {"wisconsin", 9, 0x100}, {"with", 4, 0x400001}, {"within", 6, 0x1},
    {"without", 7, 0x1}, {"witness", 7, 0x10000}, {"witnesses", 9, 0x10000}, {"would", 5, 0x200001},
    {"writer", 6, 0x8}, {"writes", 6, 0x8000}, {"writing", 7, 0x8000}, {"wrote", 5, 0x8000},
    {"wuhan", 5, 0x100}, {"wyoming", 7, 0x100}, {"xi", 2, 0x2000}, {"xinhua", 6, 0x200},
    {"xinjiang", 8, 0x100}, {"yangon", 6, 0x100}, {"yelled", 6, 0x8000}, {"yemen", 5, 0x100},
    {"yemeni", 6, 0x400}, {"yerevan", 7, 0x100}, {"yes", 3, 0x1}, {"yesterday", 9, 0x400001},
    {"yet", 3, 0x1}, {"yonhap", 6, 0x200}, {"you", 3, 0x1}, {"your", 4, 0x1}, {"yours", 5, 0x1},
    {"youtube", 7, 0x200}, {"yuri", 4, 0x2000}, {"zagreb", 6, 0x100}, {"zimbabwe", 8, 0x100},
    {"zurich", 6, 0x100},
};

static const unsigned short wl_slots[4096] = {
    0, 0, 0, 981, 1197, 0, 0, 0, 1277, 0, 0, 850, 0, 0, 0, 0, 0, 0, 0, 0, 1365, 0, 1214, 0, 0, 0, 0,
    910, 990, 0, 0, 0, 0, 0, 196, 0, 0, 0, 817, 0, 0, 0, 744, 0, 1088, 0, 0, 0, 57, 1001, 0, 0, 0,
    0, 0, 708, 0, 0, 0, 0, 0, 0, 0, 0, 1189, 0, 46, 0, 0, 870, 0, 0, 442, 0, 642, 0, 0, 105, 649, 0,
    0, 0, 0, 0, 0, 1333, 684, 0, 0, 0, 0, 0, 0, 377, 0, 1229, 0, 918, 0, 0, 0, 694, 0, 0, 82, 929,
    0, 0, 521, 811, 0, 0, 0, 0, 0, 0, 0, 516, 393, 0, 0, 0, 0, 1326, 0, 0, 1048, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 883, 424, 0, 0, 127, 0, 0, 150, 218, 0, 0, 0, 339, 453, 1445, 137, 351, 0, 0, 1447,
    0, 0, 0, 736, 0, 851, 0, 0, 1363, 0, 548, 0, 1018, 0, 907, 0, 0, 0, 0, 142, 0, 0, 1144, 0, 0, 0,
    0, 0, 0, 0, 0, 514, 259, 0, 0, 0, 327, 726, 332, 938, 0, 0, 0, 0, 1030, 691, 408, 587, 771, 0,
    1321, 0, 161, 0, 0, 0, 0, 0, 0, 0, 1226, 0, 0, 1049, 0, 882, 0, 0, 0, 0, 1075, 505, 0, 0, 987,
    963, 1054, 0, 0, 0, 0, 0, 1131, 793, 0, 189, 1282, 0, 0, 748, 799, 173, 930, 770, 0, 0, 0, 0, 0,
    104, 0, 1102, 0, 0, 26, 322, 337, 1313, 0, 0, 0, 0, 30, 1284, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 403, 1034, 0, 66, 0, 1215, 0, 0, 0, 16, 0, 1174, 1092, 356, 431, 0, 557, 1398, 0, 0, 0, 0,
    480, 849, 0, 0, 0, 0, 243, 0, 0, 0, 0, 0, 0, 1104, 1148, 0, 0, 293, 693, 0, 0, 0, 0, 1384, 344,
    0, 0, 0, 0, 0, 1345, 1431, 0, 0, 0, 0, 1125, 187, 0, 483, 0, 1009, 0, 1338, 81, 0, 0, 1055, 884,
    549, 0, 0, 0, 0, 0, 0, 0, 658, 526, 0, 0, 547, 594, 399, 0, 0, 0, 0, 0, 0, 1437, 224, 0, 0, 0,
    641, 0, 0, 0, 0, 0, 0, 0, 0, 0, 680, 802, 0, 0, 0, 0, 126, 343, 892, 1374, 0, 0, 0, 76, 0, 0, 0,
    779, 0, 0, 0, 0, 25, 0, 718, 0, 968, 0, 0, 0, 0, 0, 0, 0, 409, 0, 0, 0, 0, 0, 0, 0, 0, 961, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 818, 896, 0, 0, 1004, 868, 0, 0, 676, 1209, 302, 269, 1414, 815, 1103,
    0, 427, 1078, 624, 0, 0, 673, 873, 0, 0, 0, 0, 0, 0, 750, 73, 1050, 0, 0, 0, 0, 0, 843, 0, 0, 0,
    23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 86, 1388, 0, 0, 0, 0, 107, 1118, 0, 0, 0, 0, 0, 0, 0,
    15, 0, 0, 0, 0, 781, 156, 0, 0, 0, 0, 0, 0, 0, 0, 958, 0, 0, 0, 0, 100, 206, 443, 0, 0, 0, 0, 0,
    1267, 951, 497, 0, 582, 0, 36, 1357, 0, 0, 0, 0, 1390, 0, 374, 0, 0, 0, 0, 1162, 0, 1024, 0, 0,
    0, 0, 0, 0, 203, 0, 0, 0, 433, 1259, 4, 0, 0, 789, 305, 1196, 0, 944, 1115, 1022, 1192, 220, 0,
    0, 0, 1286, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 265, 250, 188, 0, 1047, 0, 0, 1129, 1198, 935, 0,
    444, 0, 0, 0, 1110, 0, 0, 997, 0, 0, 0, 0, 0, 664, 0, 0, 21, 336, 0, 186, 439, 0, 0, 96, 0, 0,
    0, 0, 0, 1279, 0, 0, 975, 0, 0, 0, 0, 0, 0, 0, 1117, 0, 590, 1305, 0, 0, 0, 0, 1364, 1099, 482,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 396, 671, 0, 274, 721, 90, 996, 0, 0, 0, 803, 1453, 1062, 0, 121,
    0, 0, 0, 0, 786, 0, 747, 0, 0, 977, 116, 763, 0, 0, 1294, 0, 0, 0, 0, 180, 1343, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 1413, 0, 0, 0, 55, 1036, 0, 0, 319, 0, 0, 0, 0, 0, 633, 0, 0, 0, 602, 160, 1020,
    1074, 0, 85, 242, 1145, 0, 0, 253, 646, 648, 1224, 479, 1385, 0, 0, 0, 0, 0, 1200, 0, 639, 0, 0,
    0, 812, 0, 0, 0, 0, 0, 0, 400, 900, 1397, 0, 0, 0, 0, 38, 0, 0, 0, 119, 1035, 0, 0, 0, 0, 0, 0,
    0, 0, 898, 0, 0, 1172, 0, 0, 0, 0, 0, 0, 0, 0, 0, 417, 1352, 1444, 863, 0, 584, 0, 1266, 767, 0,
    0, 222, 430, 0, 392, 0, 0, 1057, 0, 0, 953, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 195, 1315,
    0, 0, 0, 0, 507, 519, 325, 746, 340, 0, 0, 0, 0, 0, 0, 0, 0, 179, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 1290, 0, 0, 367, 1119, 0, 0, 0, 494, 1114, 0, 0, 0, 0, 0, 0, 0, 0, 0, 147, 1269, 0, 0,
    0, 809, 702, 571, 0, 513, 933, 1383, 0, 0, 191, 0, 0, 0, 92, 0, 500, 1060, 0, 0, 0, 0, 0, 0, 0,
    376, 1324, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 230, 0, 0, 833, 0, 0, 59, 0, 333, 0, 0, 0, 473, 0,
    1179, 0, 0, 568, 0, 0, 0, 905, 1002, 1322, 0, 0, 0, 1241, 0, 0, 237, 0, 0, 0, 0, 20, 404, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 232, 711, 906, 976, 0, 246, 1389, 0, 1169, 656, 928, 1128, 484, 0,
    0, 149, 620, 0, 0, 0, 0, 0, 1029, 0, 0, 0, 0, 474, 0, 0, 0, 0, 0, 0, 890, 846, 277, 565, 753,
    1164, 1361, 0, 0, 0, 573, 0, 574, 0, 0, 300, 422, 0, 0, 0, 0, 0, 329, 365, 580, 653, 0, 0, 0, 0,
    0, 800, 859, 865, 1165, 1452, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 289, 775, 1246, 719, 1281, 1041, 0,
    0, 294, 1401, 0, 0, 515, 0, 0, 1130, 0, 0, 0, 0, 0, 1263, 0, 0, 1210, 0, 0, 0, 0, 0, 304, 0, 0,
    1306, 0, 621, 0, 0, 0, 114, 0, 0, 0, 0, 0, 0, 1116, 0, 0, 0, 436, 1405, 1417, 0, 0, 217, 0, 0,
    0, 1260, 816, 1307, 0, 650, 0, 0, 257, 1342, 0, 0, 1211, 0, 0, 0, 0, 303, 0, 240, 1347, 0, 0,
    840, 1033, 0, 1180, 208, 0, 0, 0, 0, 0, 0, 1439, 0, 266, 0, 798, 0, 0, 1043, 1084, 964, 618,
    592, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1015, 0, 0, 0, 670, 0, 796, 1158, 0, 0, 0, 0, 0, 822,
    877, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 166, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 197, 0, 0, 1379, 593, 706, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 252, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 321, 0, 0, 0, 0, 0, 0, 406, 0, 0, 0, 0, 0, 0, 0, 0, 112, 355, 0, 1318, 144, 271,
    1319, 0, 1278, 0, 837, 0, 1288, 174, 0, 710, 539, 0, 0, 0, 0, 588, 0, 48, 524, 0, 1404, 0, 0, 0,
    0, 0, 0, 0, 1403, 0, 346, 1093, 0, 0, 576, 1434, 0, 0, 0, 0, 0, 0, 0, 62, 0, 0, 64, 0, 0, 0,
    1031, 1188, 1348, 0, 0, 0, 0, 0, 0, 0, 1026, 601, 0, 0, 388, 407, 1280, 0, 0, 413, 0, 65, 1124,
    0, 397, 0, 192, 0, 541, 1221, 0, 0, 44, 0, 63, 1255, 0, 0, 0, 0, 154, 0, 0, 267, 0, 0, 312, 426,
    1218, 248, 1273, 1133, 0, 831, 722, 0, 0, 273, 0, 1429, 0, 655, 1245, 0, 596, 762, 0, 425, 0, 0,
    472, 0, 0, 0, 1005, 0, 0, 858, 0, 0, 0, 1010, 0, 420, 0, 0, 0, 537, 1353, 141, 869, 1440, 0, 0,
    1167, 0, 0, 1443, 0, 0, 0, 0, 1250, 0, 0, 0, 0, 0, 0, 612, 599, 687, 0, 0, 0, 0, 678, 689, 0,
    475, 604, 0, 0, 723, 774, 0, 1170, 683, 0, 459, 1045, 0, 0, 0, 440, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 510, 605, 1396, 0, 0, 558, 0, 0, 560, 578, 902, 1354, 29, 567, 0, 0, 0, 0, 0, 0,
    1393, 0, 111, 0, 298, 1327, 0, 0, 675, 0, 0, 0, 801, 1056, 0, 0, 0, 0, 0, 0, 0, 0, 491, 542, 0,
    0, 742, 965, 0, 1085, 0, 700, 437, 814, 488, 613, 288, 1181, 0, 1027, 1378, 159, 0, 0, 0, 0, 0,
    0, 0, 0, 806, 878, 1090, 0, 0, 215, 0, 219, 885, 559, 0, 0, 0, 0, 886, 0, 0, 942, 0, 1146, 0, 0,
    915, 1086, 0, 0, 35, 125, 0, 0, 89, 0, 0, 0, 1019, 0, 0, 813, 1008, 0, 0, 0, 0, 0, 14, 0, 0, 0,
    0, 0, 804, 1220, 0, 0, 0, 0, 0, 1187, 841, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1332, 0, 1325, 0, 1140,
    109, 764, 228, 496, 1276, 0, 0, 0, 790, 666, 0, 729, 0, 955, 0, 0, 0, 0, 0, 861, 0, 106, 466, 0,
    0, 0, 486, 0, 0, 0, 0, 0, 0, 0, 1141, 0, 0, 1275, 145, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1235, 0, 523,
    0, 0, 0, 0, 982, 0, 0, 0, 0, 0, 0, 320, 712, 0, 0, 1091, 553, 701, 0, 1219, 0, 1312, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 101, 190, 7, 1435, 1448, 1454, 0, 0, 0, 133, 0, 0, 0, 855, 0,
    0, 0, 0, 24, 797, 1257, 0, 0, 0, 0, 1308, 0, 881, 0, 1100, 350, 0, 970, 978, 0, 0, 0, 416, 530,
    1070, 1017, 1138, 0, 583, 0, 0, 0, 0, 0, 0, 0, 665, 0, 0, 754, 258, 783, 986, 0, 22, 0, 9, 0, 0,
    667, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1340, 751, 0, 0, 0, 0, 0, 0, 0, 1430, 0, 0, 45, 0, 167, 1415,
    469, 0, 0, 0, 0, 0, 12, 68, 749, 844, 741, 609, 0, 699, 1079, 0, 717, 525, 1334, 1360, 820, 0,
    0, 0, 477, 0, 369, 0, 0, 1303, 0, 635, 632, 0, 0, 0, 0, 0, 0, 0, 0, 164, 967, 1232, 603, 0,
    1105, 1350, 0, 0, 0, 0, 56, 838, 628, 1289, 0, 0, 0, 0, 0, 1077, 0, 1207, 0, 1309, 153, 0, 0,
    1349, 0, 704, 842, 0, 1185, 528, 0, 428, 75, 0, 0, 834, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1202, 0, 0,
    0, 0, 401, 91, 556, 1410, 1061, 0, 0, 0, 363, 0, 0, 28, 158, 199, 1418, 0, 0, 0, 0, 249, 1375,
    927, 931, 1240, 1253, 0, 0, 279, 0, 1095, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1135, 1411,
    0, 0, 0, 0, 0, 0, 0, 0, 508, 1449, 0, 0, 0, 0, 0, 0, 1256, 0, 0, 0, 0, 0, 0, 0, 1059, 0, 0, 0,
    0, 0, 827, 0, 0, 832, 0, 0, 1012, 0, 752, 0, 19, 0, 285, 450, 0, 0, 0, 0, 0, 836, 1421, 0, 739,
    0, 0, 527, 0, 0, 787, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 657, 0, 0, 0, 0, 533, 0, 1083, 1234,
    0, 1270, 0, 0, 1089, 264, 0, 520, 1111, 1247, 0, 8, 0, 0, 1195, 0, 0, 899, 1150, 0, 0, 74, 110,
    1355, 0, 0, 0, 0, 874, 668, 0, 0, 1223, 544, 0, 0, 0, 103, 0, 0, 0, 0, 1230, 0, 0, 0, 0, 0, 0,
    485, 414, 0, 1107, 0, 0, 735, 0, 0, 0, 0, 716, 0, 0, 0, 0, 131, 1293, 0, 364, 1014, 0, 0, 0, 0,
    0, 0, 0, 0, 511, 1177, 0, 0, 146, 0, 451, 0, 0, 0, 0, 0, 0, 0, 347, 79, 0, 495, 0, 95, 0, 1021,
    1339, 0, 178, 0, 608, 0, 0, 0, 0, 0, 529, 0, 0, 0, 0, 0, 368, 540, 0, 0, 0, 11, 0, 0, 456, 732,
    0, 738, 0, 0, 0, 682, 0, 0, 0, 0, 0, 0, 0, 579, 0, 297, 0, 0, 0, 0, 330, 0, 0, 0, 0, 876, 1283,
    0, 0, 0, 0, 0, 0, 37, 860, 1351, 501, 0, 755, 0, 0, 0, 0, 654, 0, 0, 0, 0, 283, 0, 0, 0, 509, 0,
    0, 0, 375, 0, 0, 361, 586, 952, 33, 1071, 225, 117, 370, 0, 0, 102, 0, 0, 0, 636, 1065, 83, 0,
    0, 0, 0, 0, 0, 0, 0, 626, 988, 1112, 0, 0, 0, 481, 0, 323, 0, 202, 0, 0, 0, 0, 0, 0, 0, 0, 97,
    233, 389, 0, 0, 0, 0, 1409, 0, 405, 1193, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1336, 0, 0, 0,
    0, 745, 0, 0, 713, 1120, 0, 0, 1122, 0, 51, 0, 0, 0, 0, 0, 904, 0, 0, 0, 0, 0, 0, 120, 0, 0, 0,
    1208, 692, 0, 0, 0, 852, 0, 0, 0, 0, 0, 1373, 0, 2, 0, 0, 0, 0, 205, 1182, 0, 0, 143, 0, 0, 0,
    0, 0, 0, 10, 1147, 0, 0, 0, 0, 410, 0, 782, 326, 0, 0, 39, 0, 0, 0, 0, 1, 1076, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 661, 0, 0, 999, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 630, 0, 1052, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 47, 1199, 772, 0, 0, 318, 0, 0, 1428, 0, 914, 245, 372, 622, 945,
    998, 0, 1173, 0, 0, 0, 307, 1402, 0, 0, 0, 760, 1297, 1272, 0, 0, 0, 0, 0, 0, 535, 380, 383,
    292, 891, 552, 0, 943, 0, 536, 0, 0, 847, 0, 0, 211, 0, 0, 688, 0, 920, 0, 0, 0, 0, 824, 0, 499,
    0, 0, 0, 826, 1156, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1139, 0, 737, 317, 0, 0, 0, 1399, 756, 1254, 0,
    261, 0, 1006, 0, 1432, 1285, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 669, 0, 94, 0, 379, 0, 0, 0, 0, 1176, 1406, 0, 550, 0, 0, 728, 0, 335, 1143, 0, 0, 0, 780, 0,
    0, 0, 0, 0, 871, 0, 0, 0, 939, 995, 1038, 950, 0, 0, 0, 0, 940, 0, 1046, 0, 992, 0, 0, 0, 0, 0,
    0, 0, 634, 1217, 0, 0, 0, 0, 295, 925, 0, 0, 0, 0, 0, 0, 0, 130, 1252, 994, 489, 0, 0, 724, 777,
    0, 0, 0, 0, 0, 1003, 471, 0, 0, 0, 0, 421, 1299, 0, 0, 1013, 0, 0, 0, 0, 0, 0, 0, 926, 0, 0, 0,
    0, 0, 0, 1053, 0, 0, 1097, 1274, 0, 0, 0, 595, 0, 960, 640, 0, 1007, 714, 1000, 0, 0, 948, 0,
    758, 0, 0, 0, 0, 0, 0, 0, 0, 0, 134, 152, 216, 345, 919, 0, 0, 349, 564, 0, 0, 0, 0, 1329, 672,
    1372, 1292, 0, 0, 0, 0, 0, 0, 0, 0, 0, 733, 0, 0, 0, 607, 0, 0, 0, 0, 0, 600, 1067, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 71, 429, 644, 1073, 163, 839, 282, 581, 1126, 234, 1191, 280, 31, 1412,
    637, 0, 0, 286, 0, 0, 0, 703, 0, 614, 1450, 0, 0, 784, 492, 932, 1359, 1386, 805, 0, 0, 0, 0, 0,
    0, 1394, 260, 162, 412, 315, 381, 88, 506, 1304, 0, 0, 0, 0, 1186, 0, 0, 0, 108, 67, 0, 983, 0,
    0, 0, 0, 175, 0, 0, 0, 0, 0, 17, 132, 681, 1337, 0, 1072, 54, 262, 278, 807, 1302, 0, 0, 0, 0,
    0, 1025, 0, 0, 209, 835, 1251, 0, 0, 0, 0, 0, 0, 0, 0, 1298, 0, 773, 0, 0, 0, 629, 1175, 638, 0,
    0, 0, 916, 0, 0, 0, 0, 231, 478, 0, 0, 0, 659, 0, 0, 0, 316, 0, 0, 183, 561, 454, 0, 50, 0, 0,
    0, 0, 0, 177, 275, 532, 1132, 1216, 0, 0, 122, 0, 432, 0, 0, 0, 769, 1346, 0, 0, 0, 213, 0, 0,
    138, 0, 0, 1424, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1264, 0, 247, 0, 165, 1194, 0, 0, 1382, 435,
    0, 1190, 0, 0, 0, 0, 0, 819, 697, 1044, 458, 434, 1063, 1317, 0, 0, 1151, 0, 0, 0, 0, 0, 0, 734,
    0, 0, 0, 0, 0, 0, 359, 0, 0, 962, 0, 0, 0, 1231, 0, 0, 0, 256, 923, 1300, 686, 623, 1368, 1242,
    0, 0, 0, 0, 464, 0, 0, 438, 0, 0, 357, 0, 0, 0, 0, 1310, 0, 0, 1358, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    984, 0, 0, 0, 611, 0, 390, 538, 0, 0, 0, 0, 0, 0, 0, 0, 522, 0, 1152, 0, 0, 0, 0, 328, 204, 182,
    778, 1069, 1154, 1261, 0, 0, 387, 6, 0, 0, 0, 331, 0, 0, 0, 487, 0, 0, 0, 0, 0, 241, 0, 1335, 0,
    0, 0, 0, 314, 382, 69, 569, 0, 0, 0, 0, 0, 0, 373, 1239, 0, 0, 0, 1344, 0, 0, 0, 0, 1201, 0,
    123, 517, 543, 866, 0, 0, 0, 0, 0, 0, 0, 0, 0, 341, 391, 795, 0, 0, 946, 662, 0, 1161, 0, 0,
    446, 0, 0, 0, 0, 794, 0, 0, 0, 276, 0, 0, 227, 0, 0, 394, 1184, 0, 0, 226, 0, 0, 0, 0, 0, 1212,
    5, 98, 0, 0, 823, 0, 0, 201, 0, 1203, 296, 1366, 0, 0, 0, 1249, 1016, 455, 1227, 1265, 80, 155,
    518, 0, 0, 0, 0, 1377, 0, 0, 1011, 0, 1149, 0, 0, 0, 465, 1451, 0, 467, 0, 0, 0, 212, 13, 42,
    875, 1142, 0, 84, 0, 909, 0, 0, 0, 0, 0, 0, 0, 0, 887, 615, 1427, 921, 0, 0, 0, 0, 0, 0, 759, 0,
    0, 385, 0, 310, 0, 0, 0, 0, 0, 0, 157, 0, 0, 0, 338, 597, 1314, 768, 534, 254, 0, 922, 441, 924,
    757, 879, 1023, 1268, 115, 730, 0, 1171, 0, 0, 493, 1244, 0, 0, 0, 0, 251, 445, 460, 418, 1222,
    0, 0, 0, 0, 0, 591, 0, 0, 0, 0, 0, 908, 792, 0, 598, 0, 0, 360, 362, 956, 308, 239, 313, 974, 0,
    78, 0, 660, 1081, 0, 966, 1233, 0, 0, 1271, 0, 0, 0, 0, 0, 0, 457, 0, 0, 0, 0, 0, 0, 0, 52, 0,
    0, 0, 0, 1028, 0, 0, 1433, 0, 0, 0, 0, 0, 854, 0, 70, 0, 0, 0, 957, 193, 1166, 0, 284, 1113,
    1392, 880, 0, 0, 1436, 0, 0, 1206, 0, 0, 0, 502, 1039, 0, 0, 0, 0, 0, 0, 395, 0, 0, 0, 0, 1408,
    0, 0, 0, 0, 0, 821, 0, 398, 0, 985, 0, 0, 0, 0, 0, 49, 0, 0, 0, 0, 0, 0, 0, 136, 1442, 0, 0, 0,
    0, 0, 743, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 476, 0, 0, 1316, 0, 0, 848, 0, 1381, 0, 0, 0, 0, 0,
    0, 679, 272, 0, 0, 0, 0, 0, 707, 0, 0, 0, 0, 589, 0, 0, 1108, 765, 0, 0, 1295, 0, 0, 862, 139,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 352, 342, 1098, 0, 0, 0, 0, 0, 1438, 0, 652, 617, 0, 0, 1370, 972,
    993, 1380, 1127, 0, 1236, 0, 979, 0, 0, 0, 0, 0, 0, 0, 99, 566, 830, 0, 0, 0, 72, 1068, 989,
    1369, 135, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1101, 1376, 0, 0, 0, 470, 740, 1178, 0, 0, 0,
    954, 0, 0, 0, 1225, 32, 93, 0, 1341, 0, 888, 0, 0, 0, 575, 810, 1419, 570, 1228, 1121, 0, 366,
    423, 0, 0, 563, 971, 0, 1371, 1066, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 198, 0, 0, 828, 0, 0, 0,
    0, 415, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 973, 867, 894, 0, 41, 168,
    1331, 0, 0, 0, 185, 0, 0, 0, 0, 1367, 0, 0, 941, 448, 0, 61, 129, 720, 0, 0, 0, 0, 0, 0, 1425,
    0, 0, 0, 0, 889, 0, 1094, 40, 1204, 77, 1080, 0, 0, 0, 0, 503, 1237, 949, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 210, 0, 0, 0, 1258, 1064, 0, 610, 0, 0, 34, 1395, 0, 0, 1040, 663, 0, 0, 1301, 0, 705, 0,
    0, 1243, 0, 27, 0, 184, 625, 504, 690, 1213, 0, 0, 0, 0, 384, 572, 0, 0, 1238, 0, 0, 1387, 207,
    1032, 0, 0, 0, 0, 0, 0, 0, 1248, 1137, 1287, 0, 0, 1160, 1416, 0, 0, 0, 731, 0, 0, 0, 0, 0,
    1328, 829, 311, 0, 0, 677, 386, 0, 0, 1087, 0, 0, 616, 856, 901, 1123, 555, 0, 0, 0, 853, 1311,
    0, 0, 0, 0, 0, 695, 1109, 1134, 0, 221, 1136, 1205, 0, 0, 0, 1423, 0, 0, 0, 0, 1323, 776, 1420,
    0, 0, 0, 0, 674, 0, 0, 0, 0, 0, 0, 0, 1051, 0, 0, 0, 0, 0, 0, 18, 0, 0, 0, 0, 411, 912, 0, 545,
    893, 0, 0, 0, 0, 551, 864, 0, 0, 0, 118, 170, 872, 1262, 334, 140, 845, 0, 0, 0, 0, 214, 378,
    1422, 0, 0, 0, 0, 1163, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1037, 1291, 0, 727, 0, 969, 0, 324, 402,
    0, 0, 1058, 0, 0, 1106, 0, 0, 0, 268, 463, 235, 0, 281, 788, 911, 0, 0, 0, 0, 263, 0, 0, 0, 0,
    1362, 0, 0, 0, 0, 512, 0, 0, 947, 0, 0, 0, 1407, 301, 651, 236, 766, 1082, 0, 0, 0, 0, 0, 0,
    299, 176, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1296, 0, 0, 358, 0, 0, 0, 0, 715, 0, 808, 0, 0, 0, 0, 0, 0,
    0, 0, 43, 0, 0, 0, 0, 0, 0, 0, 0, 468, 643, 0, 0, 0, 0, 0, 200, 1330, 0, 60, 0, 0, 0, 0, 785, 0,
    0, 585, 0, 1159, 0, 1153, 1426, 606, 309, 0, 58, 0, 554, 627, 0, 0, 761, 0, 0, 0, 0, 0, 0, 0,
    181, 0, 0, 255, 490, 0, 917, 0, 0, 0, 0, 0, 0, 0, 0, 0, 172, 461, 0, 0, 709, 447, 0, 0, 0, 0, 0,
    1157, 0, 0, 0, 0, 354, 0, 462, 0, 290, 353, 0, 0, 0, 0, 0, 647, 0, 0, 0, 0, 0, 0, 498, 194, 0,
    531, 0, 0, 0, 171, 685, 223, 0, 0, 0, 0, 936, 0, 698, 546, 124, 0, 169, 0, 0, 903, 0, 0, 0, 0,
    238, 270, 1183, 0, 0, 0, 0, 0, 0, 1400, 0, 0, 0, 0, 0, 0, 0, 0, 825, 0, 1441, 0, 791, 0, 0, 0,
    87, 0, 0, 1391, 0, 0, 0, 0, 0, 1320, 0, 934, 0, 0, 0, 1168, 0, 229, 0, 1042, 0, 0, 0, 452, 0,
    959, 53, 0, 0, 0, 0, 645, 619, 0, 980, 148, 306, 0, 0, 0, 0, 0, 937, 0, 0, 419, 0, 0, 0, 1155,
    0, 577, 151, 244, 449, 897, 1356, 0, 0, 1096, 291, 371, 562, 696, 725, 857, 991, 0, 0, 0, 348,
    0, 1446, 0, 0, 287, 0, 0, 113, 0, 913, 128, 631, 0, 895, 0, 0, 0, 0, 0,
};

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

/* FNV-1a of the ASCII-lower-cased bytes, as the generator computed it. */
static unsigned wl_hash(Span word) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < word.len; i++) {
    unsigned char c = (unsigned char)word.ptr[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c - 'A' + 'a');
    h = (h ^ c) * 16777619u;
  }
  return h;
}

/* wl_kinds for a word longer than WORDTAB_KEY_MAX bytes: the FNV table. */
static __attribute__((noinline)) unsigned wl_kinds_long(Span word) {
  size_t mask = sizeof wl_slots / sizeof wl_slots[0] - 1;
  for (size_t i = wl_hash(word) & mask;; i = (i + 1) & mask) {
    unsigned short slot = wl_slots[i];
    if (slot == 0) return 0;
    const WlWord *entry = &wl_words[slot - 1];
    if (entry->len == word.len && wl_cmp(word, entry->word) == 0) return entry->mask;
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
  if (i >= sizeof wl_words / sizeof wl_words[0]) return NULL;
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

/* Letters, combining marks and digits make up words. */
static bool lex_is_wordchar(int cp) {
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

/* Byte classes for the scanner's fast path: 1 a-z, 2 A-Z, 3 0-9, 4 a byte of
** a multi-byte character, 0 anything else. */
enum { LX_OTHER, LX_LOWER, LX_UPPER, LX_DIGIT, LX_HIGH };
static const unsigned char lx_class[256] = {
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
    unsigned char k = lx_class[(unsigned char)s[i]];
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
    unsigned char k = lx_class[(unsigned char)s[i]];
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
static bool lex_next_word_slow(const char *s, size_t len, size_t pos, Word *w) {
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

/* The WORD_* flags of a word of ASCII letters and digits s[start, end). */
static unsigned lex_ascii_flags(const unsigned char *u, size_t start, size_t end) {
  unsigned k = lx_class[u[start]];
  if (k != LX_UPPER) return k == LX_LOWER ? WORD_LOWER : WORD_DIGIT;
  size_t n_letters = 0;
  for (size_t i = start; i < end; i++) {
    k = lx_class[u[i]];
    if (k == LX_LOWER) return WORD_CAP;
    n_letters += k == LX_UPPER;
  }
  return n_letters >= 2 ? WORD_CAP | WORD_ALLCAPS : WORD_CAP;
}

/* One pass of the common case below over a whole range, writing words in
** place; see wordlists.h. */
size_t lex_all_words(const char *s, size_t start, size_t end, Word *out) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0, pos = start;
  for (;;) {
    unsigned k = LX_OTHER;
    while (pos < end && (k = lx_class[u[pos]]) == LX_OTHER) pos++;
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

/* The common case inline: a word of ASCII letters and digits ending at ASCII
** space or punctuation, one table read a byte. Anything else (a byte >=
** 0x80, a possible joiner after the word) goes to lex_next_word_slow from
** the word's start, which skips nothing more and gives the same result. */
bool lex_next_word(const char *s, size_t len, size_t pos, Word *w) {
  const unsigned char *u = (const unsigned char *)s;
  unsigned k = LX_OTHER;
  while (pos < len && (k = lx_class[u[pos]]) == LX_OTHER) pos++;
  if (pos >= len) return false;
  if (k == LX_HIGH) return lex_next_word_slow(s, len, pos, w);
  size_t end = scan_alnum_end(s, pos + 1, len);
  if (end < len && (u[end] >= 0x80 || u[end] == '-' || u[end] == '\'' || u[end] == '.'))
    return lex_next_word_slow(s, len, pos, w);
  w->start = pos;
  w->end = w->next = end;
  w->flags = lex_ascii_flags(u, pos, end);
  w->kinds = 0;
  return true;
}
