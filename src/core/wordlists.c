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
  unsigned mask; /* bit k set: the word is in table k (a WlKind) */
} WlWord;

/* Every single-word entry of the tables above with the mask of its tables,
** and an open-addressing index over them (FNV-1a of the lower-cased word,
** linear probing, 0 = empty). Generated from the tables; test_entity.c
** checks that both agree. */
static const WlWord wl_words[] = {
    {"a", 1, 0x800001}, {"abdullah", 8, 0x2000}, {"about", 5, 0x400001}, {"above", 5, 0x1},
    {"abuja", 5, 0x100}, {"academy", 7, 0x10}, {"according", 9, 0x1}, {"accra", 5, 0x100},
    {"accused", 7, 0x8000}, {"accuses", 7, 0x8000}, {"accusing", 8, 0x8000},
    {"acknowledged", 12, 0x8000}, {"acknowledges", 12, 0x8000}, {"across", 6, 0x1},
    {"acting", 6, 0x4}, {"activist", 8, 0x8}, {"actor", 5, 0x8}, {"actress", 7, 0x8},
    {"add", 3, 0x8000}, {"added", 5, 0x8000}, {"adding", 6, 0x8000}, {"additional", 10, 0x1},
    {"adds", 4, 0x8000}, {"adelaide", 8, 0x100}, {"adm", 3, 0x4002}, {"administration", 14, 0x30},
    {"admiral", 7, 0x2}, {"admits", 6, 0x8000}, {"admitted", 8, 0x8000}, {"advertisement", 13, 0x1},
    {"adviser", 7, 0xa}, {"advisor", 7, 0xa}, {"afghan", 6, 0x400}, {"afghanistan", 11, 0x100},
    {"afp", 3, 0x200}, {"africa", 6, 0x100}, {"african", 7, 0x400}, {"after", 5, 0x400001},
    {"afterward", 9, 0x1}, {"afterwards", 10, 0x1}, {"again", 5, 0x200001}, {"against", 7, 0x1},
    {"agency", 6, 0x50}, {"ago", 3, 0x1}, {"ahead", 5, 0x400000}, {"ahmed", 5, 0x2000},
    {"aide", 4, 0x1000a}, {"aides", 5, 0x10000}, {"airport", 7, 0x80000}, {"al", 2, 0x1000},
    {"al-qaeda", 8, 0x200}, {"al-raqqa", 8, 0x100}, {"al-shabab", 9, 0x200}, {"alabama", 7, 0x100},
    {"alaska", 6, 0x100}, {"albania", 7, 0x100}, {"albanian", 8, 0x400}, {"alberta", 7, 0x100},
    {"aleppo", 6, 0x100}, {"alexander", 9, 0x2000}, {"alexei", 6, 0x2000}, {"algeria", 7, 0x100},
    {"algerian", 8, 0x400}, {"algiers", 7, 0x100}, {"ali", 3, 0x2000}, {"all", 3, 0x1},
    {"alliance", 8, 0x10}, {"ally", 4, 0x8}, {"almaty", 6, 0x100}, {"alps", 4, 0x100},
    {"already", 7, 0x200000}, {"also", 4, 0x200001}, {"although", 8, 0x1}, {"amazon", 6, 0x200},
    {"ambassador", 10, 0xa}, {"american", 8, 0x400}, {"amid", 4, 0x1}, {"amman", 5, 0x100},
    {"amnesty", 7, 0x200}, {"among", 5, 0x1}, {"amsterdam", 9, 0x100}, {"an", 2, 0x800001},
    {"analyst", 7, 0x10008}, {"analysts", 8, 0x10000}, {"anchor", 6, 0x8}, {"anchorage", 9, 0x100},
    {"and", 3, 0x400001}, {"andalusia", 9, 0x100}, {"andrea", 6, 0x2000}, {"andrew", 6, 0x2000},
    {"angela", 6, 0x2000}, {"ankara", 6, 0x100}, {"anna", 4, 0x2000}, {"anne", 4, 0x2000},
    {"announced", 9, 0x8000}, {"announces", 9, 0x8000}, {"another", 7, 0x1}, {"ansa", 4, 0x200},
    {"antarctica", 10, 0x100}, {"antonio", 7, 0x2000}, {"antwerp", 7, 0x100}, {"any", 3, 0x1},
    {"anyone", 6, 0x1}, {"anything", 8, 0x1}, {"apple", 5, 0x200}, {"apr", 3, 0x4000},
    {"april", 5, 0x40000}, {"arab", 4, 0x400}, {"arabian", 7, 0x400}, {"archbishop", 10, 0x2},
    {"are", 3, 0x200001}, {"argentina", 9, 0x100}, {"argentine", 9, 0x400},
    {"argentinian", 11, 0x400}, {"argued", 6, 0x8000}, {"argues", 6, 0x8000},
    {"arguing", 7, 0x8000}, {"arizona", 7, 0x100}, {"arkansas", 8, 0x100}, {"armenia", 7, 0x100},
    {"armenian", 8, 0x400}, {"army", 4, 0x30}, {"around", 6, 0x1}, {"as", 2, 0x400001},
    {"asia", 4, 0x100}, {"asian", 5, 0x400}, {"ask", 3, 0x8000}, {"asked", 5, 0x8000},
    {"asking", 6, 0x8000}, {"asks", 4, 0x8000}, {"asmara", 6, 0x100}, {"assembly", 8, 0x10},
    {"asserted", 8, 0x8000}, {"asserts", 7, 0x8000}, {"assistant", 9, 0x4},
    {"associated", 10, 0x200}, {"association", 11, 0x10}, {"at", 2, 0x400001}, {"athens", 6, 0x100},
    {"atlanta", 7, 0x100}, {"attorney", 8, 0xc}, {"auckland", 8, 0x100}, {"aug", 3, 0x4000},
    {"august", 6, 0x40000}, {"australia", 9, 0x100}, {"australian", 10, 0x400},
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
    {"bishop", 6, 0x2}, {"blasted", 7, 0x8000}, {"blogger", 7, 0x8}, {"board", 5, 0x10},
    {"boasted", 7, 0x8000}, {"boko", 4, 0x200}, {"bordeaux", 8, 0x100}, {"boris", 5, 0x2000},
    {"bosnia", 6, 0x100}, {"boston", 6, 0x100}, {"both", 4, 0x1}, {"bratislava", 10, 0x100},
    {"brazil", 6, 0x100}, {"brazilian", 9, 0x400}, {"breaking", 8, 0x1}, {"bridge", 6, 0x80000},
    {"brig", 4, 0x4002}, {"brigade", 7, 0x10}, {"brigades", 8, 0x10}, {"brisbane", 8, 0x100},
    {"bristol", 7, 0x100}, {"british", 7, 0x400}, {"broadcaster", 11, 0x40}, {"brussels", 8, 0x100},
    {"bucharest", 9, 0x100}, {"budapest", 8, 0x100}, {"bulgaria", 8, 0x100},
    {"bulgarian", 9, 0x400}, {"bureau", 6, 0x10}, {"burma", 5, 0x100}, {"burmese", 7, 0x400},
    {"businessman", 11, 0x8}, {"businesswoman", 13, 0x8}, {"but", 3, 0x400001}, {"by", 2, 0x400001},
    {"cabinet", 7, 0x10}, {"cairo", 5, 0x100}, {"calgary", 7, 0x100}, {"california", 10, 0x100},
    {"cambodia", 8, 0x100}, {"can", 3, 0x1}, {"canada", 6, 0x100}, {"canadian", 8, 0x400},
    {"canal", 5, 0x80000}, {"canberra", 8, 0x100}, {"candidate", 9, 0x8}, {"capt", 4, 0x4002},
    {"captain", 7, 0x2}, {"caption", 7, 0x1}, {"caracas", 7, 0x100}, {"cardinal", 8, 0x2},
    {"caribbean", 9, 0x100}, {"carlos", 6, 0x2000}, {"catalonia", 9, 0x100},
    {"cathedral", 9, 0x80000}, {"catholic", 8, 0x400}, {"catholics", 9, 0x400},
    {"caucasus", 8, 0x100}, {"cautioned", 9, 0x8000}, {"center", 6, 0x10}, {"central", 7, 0x800},
    {"centre", 6, 0x10}, {"chairman", 8, 0xa}, {"chairwoman", 10, 0xa},
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
    {"correspondent", 13, 0x8}, {"could", 5, 0x1}, {"council", 7, 0x10}, {"councillor", 10, 0x8},
    {"councilman", 10, 0x8}, {"counsellor", 10, 0x2}, {"counselor", 9, 0x2},
    {"countered", 9, 0x8000}, {"counterpart", 11, 0x8}, {"county", 6, 0x80000}, {"court", 5, 0x10},
    {"crescent", 8, 0x10}, {"crimea", 6, 0x100}, {"croatia", 7, 0x100}, {"croatian", 8, 0x400},
    {"cross", 5, 0x10}, {"crown", 5, 0x8}, {"cuba", 4, 0x100}, {"cuban", 5, 0x400},
    {"cup", 3, 0x100000}, {"cyprus", 6, 0x100}, {"czech", 5, 0x500}, {"da", 2, 0x1000},
    {"daily", 5, 0x50}, {"dakar", 5, 0x100}, {"dallas", 6, 0x100}, {"damascus", 8, 0x100},
    {"dame", 4, 0x2}, {"daniel", 6, 0x2000}, {"danish", 6, 0x400}, {"darfur", 6, 0x100},
    {"david", 5, 0x2000}, {"de", 2, 0x1000}, {"dec", 3, 0x4000}, {"december", 8, 0x40000},
    {"declared", 8, 0x8000}, {"declares", 8, 0x8000}, {"declaring", 9, 0x8000}, {"defence", 7, 0x4},
    {"defense", 7, 0x4}, {"del", 3, 0x1000}, {"delaware", 8, 0x100}, {"delhi", 5, 0x100},
    {"della", 5, 0x1000}, {"democrat", 8, 0x400}, {"democratic", 10, 0x400},
    {"democrats", 9, 0x400}, {"denied", 6, 0x8000}, {"denies", 6, 0x8000}, {"denmark", 7, 0x100},
    {"denver", 6, 0x100}, {"department", 10, 0x10}, {"deputy", 6, 0x4}, {"der", 3, 0x1000},
    {"described", 9, 0x8000}, {"desert", 6, 0x80080}, {"despite", 7, 0x1}, {"detroit", 7, 0x100},
    {"dhaka", 5, 0x100}, {"di", 2, 0x1000}, {"did", 3, 0x200001}, {"diplomat", 8, 0x10008},
    {"diplomats", 9, 0x10000}, {"director", 8, 0xa}, {"disney", 6, 0x200}, {"district", 8, 0x80000},
    {"dmitry", 6, 0x2000}, {"do", 2, 0x1}, {"does", 4, 0x200001}, {"doha", 4, 0x100},
    {"donald", 6, 0x2000}, {"donetsk", 7, 0x100}, {"donor", 5, 0x8}, {"dortmund", 8, 0x100},
    {"dos", 3, 0x1000}, {"dpa", 3, 0x200}, {"dr", 2, 0x4002}, {"dresden", 7, 0x100},
    {"du", 2, 0x1000}, {"dubai", 5, 0x100}, {"dublin", 6, 0x100}, {"durban", 6, 0x100},
    {"during", 6, 0x400001}, {"dutch", 5, 0x400}, {"each", 4, 0x1}, {"earlier", 7, 0x600001},
    {"east", 4, 0x800}, {"easter", 6, 0x40000}, {"eastern", 7, 0xc00}, {"economist", 9, 0x8},
    {"economy", 7, 0x4}, {"edinburgh", 9, 0x100}, {"editor", 6, 0x9}, {"efe", 3, 0x200},
    {"egypt", 5, 0x100}, {"egyptian", 8, 0x400}, {"either", 6, 0x1}, {"el", 2, 0x1000},
    {"elizabeth", 9, 0x2000}, {"else", 4, 0x1}, {"embassy", 7, 0x10}, {"emir", 4, 0x2},
    {"emirati", 7, 0x400}, {"emmanuel", 8, 0x2000}, {"emphasised", 10, 0x8000},
    {"emphasized", 10, 0x8000}, {"energy", 6, 0x4}, {"england", 7, 0x100}, {"english", 7, 0x400},
    {"entrepreneur", 12, 0x8}, {"envoy", 5, 0xa}, {"eric", 4, 0x2000}, {"estonia", 7, 0x100},
    {"estonian", 8, 0x400}, {"ethiopia", 8, 0x100}, {"ethiopian", 9, 0x400}, {"europe", 6, 0x100},
    {"european", 8, 0x400}, {"evangelical", 11, 0x400}, {"evangelicals", 12, 0x400},
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
    {"france", 6, 0x100}, {"francois", 8, 0x2000}, {"frank", 5, 0x2000}, {"frankfurt", 9, 0x100},
    {"french", 6, 0x400}, {"frequently", 10, 0x200000}, {"friday", 6, 0x40000},
    {"from", 4, 0x400001}, {"front", 5, 0x10}, {"fukushima", 9, 0x100}, {"fund", 4, 0x10},
    {"further", 7, 0x200001}, {"galilee", 7, 0x100}, {"games", 5, 0x100000}, {"gaza", 4, 0x100},
    {"gazette", 7, 0x10}, {"gen", 3, 0x4002}, {"general", 7, 0xa}, {"geneva", 6, 0x100},
    {"gennady", 7, 0x2000}, {"george", 6, 0x2000}, {"georgia", 7, 0x100}, {"georgian", 8, 0x400},
    {"german", 6, 0x400}, {"germany", 7, 0x100}, {"ghana", 5, 0x100}, {"glasgow", 7, 0x100},
    {"google", 6, 0x200}, {"gothenburg", 10, 0x100}, {"gov", 3, 0x4002}, {"government", 10, 0x30},
    {"governor", 8, 0xa}, {"greece", 6, 0x100}, {"greek", 5, 0x400}, {"group", 5, 0x50},
    {"guangzhou", 9, 0x100}, {"guard", 5, 0x10}, {"guards", 6, 0x10}, {"guatemala", 9, 0x100},
    {"gulf", 4, 0x80000}, {"had", 3, 0x200001}, {"haiti", 5, 0x100}, {"haitian", 7, 0x400},
    {"hall", 4, 0x80000}, {"hama", 4, 0x100}, {"hamas", 5, 0x200}, {"hamburg", 7, 0x100},
    {"hanoi", 5, 0x100}, {"harare", 6, 0x100}, {"harbor", 6, 0x80000}, {"harbour", 7, 0x80000},
    {"has", 3, 0x200001}, {"hassan", 6, 0x2000}, {"havana", 6, 0x100}, {"have", 4, 0x200001},
    {"having", 6, 0x1}, {"hawaii", 6, 0x100}, {"he", 2, 0x420001}, {"head", 4, 0x8},
    {"health", 6, 0x4}, {"hebron", 6, 0x100}, {"heights", 7, 0x80000}, {"helmand", 7, 0x100},
    {"helsinki", 8, 0x100}, {"her", 3, 0x800001}, {"herald", 6, 0x10}, {"herat", 5, 0x100},
    {"here", 4, 0x1}, {"hers", 4, 0x1}, {"herself", 7, 0x1}, {"hezbollah", 9, 0x200},
    {"hillary", 7, 0x2000}, {"him", 3, 0x1}, {"himalayas", 9, 0x100}, {"himself", 7, 0x1},
    {"hiroshima", 9, 0x100}, {"his", 3, 0x800001}, {"historian", 9, 0x8}, {"home", 4, 0x4},
    {"homs", 4, 0x100}, {"honduras", 8, 0x100}, {"honolulu", 8, 0x100}, {"host", 4, 0x8},
    {"houston", 7, 0x100}, {"how", 3, 0x1}, {"however", 7, 0x1}, {"hungarian", 9, 0x400},
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
    {"isil", 4, 0x200}, {"isis", 4, 0x200}, {"islamabad", 9, 0x100}, {"islamic", 7, 0x400},
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
    {"kunduz", 6, 0x100}, {"kurdish", 7, 0x400}, {"kurdistan", 9, 0x100}, {"kuwait", 6, 0x100},
    {"kuwaiti", 7, 0x400}, {"kyiv", 4, 0x100}, {"kyodo", 5, 0x200}, {"la", 2, 0x1000},
    {"lagos", 5, 0x100}, {"lahore", 6, 0x100}, {"lake", 4, 0x80080}, {"lamented", 8, 0x8000},
    {"laos", 4, 0x100}, {"last", 4, 0x400001}, {"latakia", 7, 0x100}, {"later", 5, 0x600001},
    {"latvia", 6, 0x100}, {"latvian", 7, 0x400}, {"laurent", 7, 0x2000}, {"lawmaker", 8, 0x8},
    {"lawyer", 6, 0x8}, {"le", 2, 0x1000}, {"leader", 6, 0x8}, {"league", 6, 0x10},
    {"least", 5, 0x1}, {"lebanese", 8, 0x400}, {"lebanon", 7, 0x100}, {"leeds", 5, 0x100},
    {"legislator", 10, 0x8}, {"less", 4, 0x1}, {"let", 3, 0x1}, {"lhasa", 5, 0x100},
    {"liberal", 7, 0x400}, {"liberals", 8, 0x400}, {"libya", 5, 0x100}, {"libyan", 6, 0x400},
    {"lieut", 5, 0x2}, {"lieutenant", 10, 0x4}, {"like", 4, 0x1}, {"lima", 4, 0x100},
    {"lindsey", 7, 0x2000}, {"lisbon", 6, 0x100}, {"lithuania", 9, 0x100},
    {"lithuanian", 10, 0x400}, {"liverpool", 9, 0x100}, {"lombardy", 8, 0x100},
    {"london", 6, 0x100}, {"lord", 4, 0x2}, {"louisiana", 9, 0x100}, {"lt", 2, 0x4002},
    {"ltd", 3, 0x4010}, {"luhansk", 7, 0x100}, {"lyon", 4, 0x100}, {"madrid", 6, 0x100},
    {"magazine", 8, 0x50}, {"maine", 5, 0x100}, {"maintained", 10, 0x8000},
    {"maintains", 9, 0x8000}, {"maj", 3, 0x4002}, {"major", 5, 0x2}, {"malaysia", 8, 0x100},
    {"malaysian", 9, 0x400}, {"mali", 4, 0x100}, {"manager", 7, 0x8}, {"manchester", 10, 0x100},
    {"manila", 6, 0x100}, {"manitoba", 8, 0x100}, {"many", 4, 0x1}, {"mar", 3, 0x4000},
    {"march", 5, 0x40000}, {"marco", 5, 0x2000}, {"maria", 5, 0x2000}, {"mark", 4, 0x2000},
    {"marseille", 9, 0x100}, {"martin", 6, 0x2000}, {"mary", 4, 0x2000}, {"maryland", 8, 0x100},
    {"massachusetts", 13, 0x100}, {"may", 3, 0x40001}, {"maybe", 5, 0x1}, {"mayor", 5, 0xa},
    {"me", 2, 0x1}, {"meanwhile", 9, 0x1}, {"mecca", 5, 0x100}, {"media", 5, 0x10},
    {"medina", 6, 0x100}, {"mediterranean", 13, 0x100}, {"melbourne", 9, 0x100},
    {"mentioned", 9, 0x8000}, {"mexican", 7, 0x400}, {"mexico", 6, 0x100}, {"miami", 5, 0x100},
    {"michael", 7, 0x2000}, {"michelle", 8, 0x2000}, {"michigan", 8, 0x100},
    {"microsoft", 9, 0x200}, {"might", 5, 0x1}, {"mike", 4, 0x2000}, {"milan", 5, 0x100},
    {"military", 8, 0x20}, {"minister", 8, 0xa}, {"ministry", 8, 0x30}, {"minneapolis", 11, 0x100},
    {"minnesota", 9, 0x100}, {"minsk", 5, 0x100}, {"mississippi", 11, 0x100},
    {"missouri", 8, 0x100}, {"mitt", 4, 0x2000}, {"mogadishu", 9, 0x100}, {"mohammad", 8, 0x2000},
    {"mohammed", 8, 0x2000}, {"moldova", 7, 0x100}, {"mombasa", 7, 0x100}, {"monday", 6, 0x40000},
    {"mongolia", 8, 0x100}, {"montana", 7, 0x100}, {"montenegro", 10, 0x100},
    {"montreal", 8, 0x100}, {"more", 4, 0x1}, {"moreover", 8, 0x1}, {"moroccan", 8, 0x400},
    {"morocco", 7, 0x100}, {"moscow", 6, 0x100}, {"mosque", 6, 0x80000}, {"most", 4, 0x1},
    {"mosul", 5, 0x100}, {"mountain", 8, 0x80080}, {"mountains", 9, 0x80080}, {"movement", 8, 0x10},
    {"mr", 2, 0x4002}, {"mrs", 3, 0x4002}, {"ms", 2, 0x4002}, {"mt", 2, 0x4000}, {"much", 4, 0x1},
    {"muhammad", 8, 0x2000}, {"mumbai", 6, 0x100}, {"munich", 6, 0x100}, {"muslim", 6, 0x400},
    {"must", 4, 0x1}, {"my", 2, 0x1}, {"myanmar", 7, 0x100}, {"nairobi", 7, 0x100},
    {"nancy", 5, 0x2000}, {"naples", 6, 0x100}, {"nasa", 4, 0x200}, {"nashville", 9, 0x100},
    {"nations", 7, 0x10}, {"nato", 4, 0x200}, {"navy", 4, 0x30}, {"nebraska", 8, 0x100},
    {"negotiator", 10, 0x8}, {"neither", 7, 0x1}, {"nepal", 5, 0x100}, {"netflix", 7, 0x200},
    {"netherlands", 11, 0x100}, {"network", 7, 0x50}, {"nevada", 6, 0x100}, {"never", 5, 0x1},
    {"nevertheless", 12, 0x1}, {"newark", 6, 0x100}, {"news", 4, 0x800010}, {"newspaper", 9, 0x40},
    {"next", 4, 0x1}, {"nicaragua", 9, 0x100}, {"nicolas", 7, 0x2000}, {"niger", 5, 0x100},
    {"nigeria", 7, 0x100}, {"nigerian", 8, 0x400}, {"no", 2, 0x4001}, {"nominee", 7, 0x8},
    {"none", 4, 0x1}, {"nor", 3, 0x1}, {"normandy", 8, 0x100}, {"north", 5, 0x800},
    {"northeast", 9, 0x800}, {"northeastern", 12, 0x800}, {"northern", 8, 0xc00},
    {"northwest", 9, 0x800}, {"northwestern", 12, 0x800}, {"norway", 6, 0x100},
    {"norwegian", 9, 0x400}, {"not", 3, 0x1}, {"note", 4, 0x8001}, {"noted", 5, 0x8000},
    {"notes", 5, 0x8000}, {"nothing", 7, 0x1}, {"noting", 6, 0x8000}, {"nov", 3, 0x4000},
    {"november", 8, 0x40000}, {"now", 3, 0x200001}, {"observed", 8, 0x8000}, {"observer", 8, 0x10},
    {"ocean", 5, 0x80000}, {"oct", 3, 0x4000}, {"october", 7, 0x40000}, {"odessa", 6, 0x100},
    {"of", 2, 0x1}, {"off", 3, 0x1}, {"office", 6, 0x10}, {"officer", 7, 0x8},
    {"official", 8, 0x10008}, {"officials", 9, 0x10000}, {"often", 5, 0x200000}, {"ohio", 4, 0x100},
    {"oklahoma", 8, 0x100}, {"olga", 4, 0x2000}, {"olympics", 8, 0x100000}, {"oman", 4, 0x100},
    {"omar", 4, 0x2000}, {"on", 2, 0x400001}, {"once", 4, 0x200001}, {"one", 3, 0x1},
    {"only", 4, 0x1}, {"ontario", 7, 0x100}, {"opec", 4, 0x200}, {"or", 2, 0x1},
    {"oregon", 6, 0x100}, {"organisation", 12, 0x50}, {"organization", 12, 0x50},
    {"osaka", 5, 0x100}, {"oslo", 4, 0x100}, {"other", 5, 0x1}, {"others", 6, 0x1},
    {"otherwise", 9, 0x1}, {"ottawa", 6, 0x100}, {"our", 3, 0x800001}, {"ours", 4, 0x1},
    {"out", 3, 0x1}, {"outlet", 6, 0x40}, {"outside", 7, 0x1}, {"over", 4, 0x1}, {"own", 3, 0x1},
    {"pakistan", 8, 0x100}, {"pakistani", 9, 0x400}, {"palace", 6, 0x80000},
    {"palestine", 9, 0x100}, {"palestinian", 11, 0x400}, {"palmyra", 7, 0x100},
    {"panama", 6, 0x100}, {"paraguay", 8, 0x100}, {"paris", 5, 0x100}, {"park", 4, 0x80000},
    {"parliament", 10, 0x30}, {"party", 5, 0x50}, {"pastor", 6, 0x8}, {"patagonia", 9, 0x100},
    {"paul", 4, 0x2000}, {"peninsula", 9, 0x80080}, {"pennsylvania", 12, 0x100},
    {"pentagon", 8, 0x200}, {"perhaps", 7, 0x1}, {"persian", 7, 0x400}, {"perth", 5, 0x100},
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
    {"publicly", 8, 0x200000}, {"pundit", 6, 0x8}, {"punjab", 6, 0x100}, {"pyongyang", 9, 0x100},
    {"qatar", 5, 0x100}, {"qatari", 6, 0x400}, {"quebec", 6, 0x100}, {"queen", 5, 0x2},
    {"queensland", 10, 0x100}, {"quickly", 7, 0x200000}, {"quipped", 7, 0x8000},
    {"quito", 5, 0x100}, {"rabat", 5, 0x100}, {"rabbi", 5, 0x2}, {"radio", 5, 0x50},
    {"ramadan", 7, 0x40000}, {"rand", 4, 0x2000}, {"rangoon", 7, 0x100}, {"rapper", 6, 0x8},
    {"rapporteur", 10, 0x8}, {"raqqa", 5, 0x100}, {"rather", 6, 0x1}, {"recalled", 8, 0x8000},
    {"recalls", 7, 0x8000}, {"recently", 8, 0x200000}, {"recounted", 9, 0x8000},
    {"regime", 6, 0x30}, {"region", 6, 0x80080}, {"reiterated", 10, 0x8000}, {"related", 7, 0x1},
    {"remarked", 8, 0x8000}, {"rep", 3, 0x4002}, {"repeatedly", 10, 0x200000},
    {"replied", 7, 0x8000}, {"replies", 7, 0x8000}, {"reported", 8, 0x8000},
    {"reportedly", 10, 0x200000}, {"reporter", 8, 0x8}, {"reporting", 9, 0x1},
    {"reports", 7, 0x8000}, {"representative", 14, 0xa}, {"republican", 10, 0x400},
    {"republicans", 11, 0x400}, {"researcher", 10, 0x8}, {"resident", 8, 0x8},
    {"responded", 9, 0x8000}, {"responds", 8, 0x8000}, {"reuters", 7, 0x200}, {"rev", 3, 0x4002},
    {"reverend", 8, 0x2}, {"review", 6, 0x10}, {"richard", 7, 0x2000}, {"rival", 5, 0x8},
    {"river", 5, 0x80080}, {"riyadh", 6, 0x100}, {"road", 4, 0x80000}, {"robert", 6, 0x2000},
    {"romania", 7, 0x100}, {"romanian", 8, 0x400}, {"rome", 4, 0x100}, {"ron", 3, 0x2000},
    {"rotterdam", 9, 0x100}, {"russia", 6, 0x100}, {"russian", 7, 0x400}, {"rwanda", 6, 0x100},
    {"sacramento", 10, 0x100}, {"sahara", 6, 0x100}, {"said", 4, 0x8000}, {"salzburg", 8, 0x100},
    {"same", 4, 0x1}, {"samsung", 7, 0x200}, {"sanaa", 5, 0x100}, {"santiago", 8, 0x100},
    {"sarah", 5, 0x2000}, {"sarajevo", 8, 0x100}, {"sardinia", 8, 0x100},
    {"saskatchewan", 12, 0x100}, {"saturday", 8, 0x40000}, {"saudi", 5, 0x400}, {"say", 3, 0x8000},
    {"saying", 6, 0x8000}, {"says", 4, 0x8000}, {"scandinavia", 11, 0x100}, {"school", 6, 0x10},
    {"scientist", 9, 0x8}, {"scotland", 8, 0x100}, {"scottish", 8, 0x400}, {"sea", 3, 0x80080},
    {"seattle", 7, 0x100}, {"secretary", 9, 0xa}, {"secretary-general", 17, 0x2},
    {"sen", 3, 0x4002}, {"senate", 6, 0x10}, {"senator", 7, 0xa}, {"senegal", 7, 0x100},
    {"senior", 6, 0x4}, {"seoul", 5, 0x100}, {"sep", 3, 0x4000}, {"sept", 4, 0x4000},
    {"september", 9, 0x40000}, {"serb", 4, 0x400}, {"serbia", 6, 0x100}, {"serbian", 7, 0x400},
    {"sergeant", 8, 0x2}, {"sergei", 6, 0x2000}, {"sergey", 6, 0x2000}, {"service", 7, 0x10},
    {"services", 8, 0x10}, {"several", 7, 0x1}, {"seville", 7, 0x100}, {"sgt", 3, 0x4002},
    {"shanghai", 8, 0x100}, {"share", 5, 0x1}, {"she", 3, 0x420001}, {"sheikh", 6, 0x2},
    {"shenzhen", 8, 0x100}, {"sheriff", 7, 0x8}, {"shia", 4, 0x400}, {"shiite", 6, 0x400},
    {"should", 6, 0x1}, {"shouted", 7, 0x8000}, {"siberia", 7, 0x100}, {"sicily", 6, 0x100},
    {"sign", 4, 0x1}, {"sinai", 5, 0x100}, {"since", 5, 0x400001}, {"sindh", 5, 0x100},
    {"singapore", 9, 0x100}, {"singer", 6, 0x8}, {"sir", 3, 0x2}, {"skopje", 6, 0x100},
    {"slovak", 6, 0x400}, {"slovakia", 8, 0x100}, {"slovenia", 8, 0x100}, {"so", 2, 0x400001},
    {"society", 7, 0x10}, {"sofia", 5, 0x100}, {"soldier", 7, 0x8}, {"somali", 6, 0x400},
    {"somalia", 7, 0x100}, {"some", 4, 0x1}, {"someone", 7, 0x1}, {"something", 9, 0x1},
    {"sony", 4, 0x200}, {"soon", 4, 0x1}, {"source", 6, 0x10000}, {"sources", 7, 0x10000},
    {"south", 5, 0x800}, {"southeast", 9, 0x800}, {"southeastern", 12, 0x800},
    {"southern", 8, 0xc00}, {"southwest", 9, 0x800}, {"southwestern", 12, 0x800},
    {"soviet", 6, 0x400}, {"spain", 5, 0x100}, {"spanish", 7, 0x400}, {"speaker", 7, 0xa},
    {"special", 7, 0x4}, {"spokesman", 9, 0x1000a}, {"spokesperson", 12, 0x1000a},
    {"spokeswoman", 11, 0x1000a}, {"square", 6, 0x80000}, {"sr", 2, 0x4000}, {"srinagar", 8, 0x100},
    {"st", 2, 0x4000}, {"stadium", 7, 0x80000}, {"staffan", 7, 0x2000}, {"state", 5, 0x4},
    {"stated", 6, 0x8000}, {"states", 6, 0x8000}, {"station", 7, 0x80040}, {"stephen", 7, 0x2000},
    {"steve", 5, 0x2000}, {"still", 5, 0x200001}, {"stockholm", 9, 0x100}, {"strait", 6, 0x80080},
    {"strategist", 10, 0xa}, {"street", 6, 0x80000}, {"stressed", 8, 0x8000},
    {"stresses", 8, 0x8000}, {"stressing", 9, 0x8000}, {"strongman", 9, 0x8}, {"student", 7, 0x8},
    {"stuttgart", 9, 0x100}, {"subscribe", 9, 0x1}, {"such", 4, 0x1}, {"sudan", 5, 0x100},
    {"sudanese", 8, 0x400}, {"suggested", 9, 0x8000}, {"suggesting", 10, 0x8000},
    {"suggests", 8, 0x8000}, {"sultan", 6, 0x2}, {"summit", 6, 0x100000}, {"sunday", 6, 0x40000},
    {"sunni", 5, 0x400}, {"superintendent", 14, 0x2}, {"supporter", 9, 0x8}, {"susan", 5, 0x2000},
    {"sweden", 6, 0x100}, {"swedish", 7, 0x400}, {"swiss", 5, 0x400}, {"switzerland", 11, 0x100},
    {"sydney", 6, 0x100}, {"syria", 5, 0x100}, {"syrian", 6, 0x400}, {"taipei", 6, 0x100},
    {"taiwan", 6, 0x100}, {"taiwanese", 9, 0x400}, {"tajikistan", 10, 0x100}, {"taliban", 7, 0x200},
    {"tallinn", 7, 0x100}, {"tartus", 6, 0x100}, {"tashkent", 8, 0x100}, {"tasmania", 8, 0x100},
    {"tass", 4, 0x200}, {"tbilisi", 7, 0x100}, {"teacher", 7, 0x8}, {"ted", 3, 0x2000},
    {"tehran", 6, 0x100}, {"telegraph", 9, 0x10}, {"television", 10, 0x40}, {"tell", 4, 0x8000},
    {"telling", 7, 0x8000}, {"tells", 5, 0x8000}, {"temple", 6, 0x80000}, {"tennessee", 9, 0x100},
    {"testified", 9, 0x8000}, {"texas", 5, 0x100}, {"thai", 4, 0x400}, {"thailand", 8, 0x100},
    {"than", 4, 0x1}, {"that", 4, 0x400001}, {"the", 3, 0x800001}, {"their", 5, 0x800001},
    {"theirs", 6, 0x1}, {"them", 4, 0x1}, {"themselves", 10, 0x1}, {"then", 4, 0x200001},
    {"there", 5, 0x1}, {"thereby", 7, 0x1}, {"therefore", 9, 0x1}, {"theresa", 7, 0x2000},
    {"these", 5, 0x800001}, {"they", 4, 0x20001}, {"this", 4, 0xc00001}, {"thomas", 6, 0x2000},
    {"those", 5, 0x800001}, {"though", 6, 0x1}, {"through", 7, 0x1}, {"throughout", 10, 0x1},
    {"thursday", 8, 0x40000}, {"thus", 4, 0x1}, {"tibet", 5, 0x100}, {"tijuana", 7, 0x100},
    {"tikrit", 6, 0x100}, {"tim", 3, 0x2000}, {"times", 5, 0x10}, {"tirana", 6, 0x100},
    {"to", 2, 0x1}, {"today", 5, 0x400001}, {"together", 8, 0x1}, {"tokyo", 5, 0x100},
    {"told", 4, 0x8000}, {"tom", 3, 0x2000}, {"tomorrow", 8, 0x1}, {"tonight", 7, 0x400001},
    {"too", 3, 0x1}, {"toronto", 7, 0x100}, {"toulouse", 8, 0x100}, {"tournament", 10, 0x100000},
    {"toward", 6, 0x1}, {"towards", 7, 0x1}, {"tower", 5, 0x80000}, {"towers", 6, 0x80000},
    {"town", 4, 0x80000}, {"toyota", 6, 0x200}, {"trade", 5, 0x4}, {"tribunal", 8, 0x10},
    {"tribune", 7, 0x10}, {"tripoli", 7, 0x100}, {"tucson", 6, 0x100}, {"tuesday", 7, 0x40000},
    {"tunis", 5, 0x100}, {"tunisia", 7, 0x100}, {"tunisian", 8, 0x400}, {"turin", 5, 0x100},
    {"turkey", 6, 0x100}, {"turkish", 7, 0x400}, {"turkmenistan", 12, 0x100}, {"tuscany", 7, 0x100},
    {"tv", 2, 0x50}, {"tweeted", 7, 0x8000}, {"tweets", 6, 0x8000}, {"twitter", 7, 0x200},
    {"u.k", 3, 0x4000}, {"u.n", 3, 0x4000}, {"u.s", 3, 0x4000}, {"ubisoft", 7, 0x200},
    {"uganda", 6, 0x100}, {"ukraine", 7, 0x100}, {"ukrainian", 9, 0x400},
    {"ulaanbaatar", 11, 0x100}, {"under", 5, 0x5}, {"unesco", 6, 0x200}, {"unicef", 6, 0x200},
    {"union", 5, 0x10}, {"university", 10, 0x10}, {"unless", 6, 0x1}, {"unlike", 6, 0x1},
    {"until", 5, 0x1}, {"up", 2, 0x1}, {"update", 6, 0x1}, {"updated", 7, 0x1}, {"upon", 4, 0x1},
    {"urged", 5, 0x8000}, {"urges", 5, 0x8000}, {"urging", 6, 0x8000}, {"uruguay", 7, 0x100},
    {"utah", 4, 0x100}, {"uzbek", 5, 0x400}, {"uzbekistan", 10, 0x100}, {"valencia", 8, 0x100},
    {"valley", 6, 0x80080}, {"van", 3, 0x1000}, {"vancouver", 9, 0x100}, {"venezuela", 9, 0x100},
    {"venezuelan", 10, 0x400}, {"venice", 6, 0x100}, {"vermont", 7, 0x100}, {"veteran", 7, 0x8},
    {"via", 3, 0x400001}, {"vice", 4, 0x4}, {"video", 5, 0x1}, {"vienna", 6, 0x100},
    {"vietnam", 7, 0x100}, {"vietnamese", 10, 0x400}, {"village", 7, 0x80000},
    {"vilnius", 7, 0x100}, {"virginia", 8, 0x100}, {"vladimir", 8, 0x2000}, {"von", 3, 0x1000},
    {"voter", 5, 0x8}, {"vowed", 5, 0x8000}, {"vs", 2, 0x4000}, {"wales", 5, 0x100},
    {"wallonia", 8, 0x100}, {"war", 3, 0x100000}, {"warned", 6, 0x8000}, {"warning", 7, 0x8000},
    {"warns", 5, 0x8000}, {"warsaw", 6, 0x100}, {"was", 3, 0x200001}, {"washington", 10, 0x100},
    {"watch", 5, 0x11}, {"we", 2, 0x20001}, {"website", 7, 0x40}, {"wednesday", 9, 0x40000},
    {"weekly", 6, 0x10}, {"well", 4, 0x1}, {"wellington", 10, 0x100}, {"welsh", 5, 0x400},
    {"were", 4, 0x200001}, {"west", 4, 0x800}, {"western", 7, 0xc00}, {"what", 4, 0x1},
    {"whatever", 8, 0x1}, {"when", 4, 0x400001}, {"whenever", 8, 0x1}, {"where", 5, 0x400001},
    {"whereas", 7, 0x1}, {"whether", 7, 0x400001}, {"which", 5, 0x400001}, {"while", 5, 0x400001},
    {"whitehall", 9, 0x200}, {"who", 3, 0x400001}, {"whoever", 7, 0x1}, {"whom", 4, 0x1},
    {"whose", 5, 0x1}, {"why", 3, 0x1}, {"wikinews", 8, 0x200}, {"wikipedia", 9, 0x200},
    {"will", 4, 0x200001}, {"william", 7, 0x2000}, {"winnipeg", 8, 0x100}, {"wisconsin", 9, 0x100},
    {"with", 4, 0x400001}, {"within", 6, 0x1}, {"without", 7, 0x1}, {"witness", 7, 0x10000},
    {"witnesses", 9, 0x10000}, {"would", 5, 0x200001}, {"writer", 6, 0x8}, {"writes", 6, 0x8000},
    {"writing", 7, 0x8000}, {"wrote", 5, 0x8000}, {"wuhan", 5, 0x100}, {"wyoming", 7, 0x100},
    {"xi", 2, 0x2000}, {"xinhua", 6, 0x200}, {"xinjiang", 8, 0x100}, {"yangon", 6, 0x100},
    {"yelled", 6, 0x8000}, {"yemen", 5, 0x100}, {"yemeni", 6, 0x400}, {"yerevan", 7, 0x100},
    {"yes", 3, 0x1}, {"yesterday", 9, 0x400001}, {"yet", 3, 0x1}, {"yonhap", 6, 0x200},
    {"you", 3, 0x1}, {"your", 4, 0x1}, {"yours", 5, 0x1}, {"youtube", 7, 0x200},
    {"yuri", 4, 0x2000}, {"zagreb", 6, 0x100}, {"zimbabwe", 8, 0x100}, {"zurich", 6, 0x100},
};

static const unsigned short wl_slots[4096] = {
    0, 0, 0, 956, 0, 0, 0, 0, 1239, 0, 0, 828, 0, 0, 0, 0, 0, 0, 0, 0, 1326, 0, 1178, 0, 0, 0, 0,
    886, 965, 0, 0, 0, 0, 0, 193, 0, 0, 0, 796, 0, 0, 0, 724, 0, 1059, 0, 0, 0, 54, 976, 0, 0, 0, 0,
    0, 691, 0, 0, 0, 0, 0, 0, 0, 0, 1155, 0, 43, 0, 0, 848, 0, 0, 433, 0, 625, 0, 0, 102, 632, 0, 0,
    0, 0, 0, 0, 1295, 667, 0, 0, 0, 0, 0, 0, 369, 0, 1193, 0, 893, 0, 0, 0, 677, 0, 0, 79, 904, 0,
    0, 510, 790, 0, 0, 0, 0, 0, 0, 0, 505, 385, 0, 0, 0, 0, 1288, 0, 0, 1022, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 860, 415, 0, 0, 124, 0, 0, 147, 214, 0, 0, 0, 332, 444, 1404, 134, 343, 0, 0, 1406, 0,
    0, 0, 717, 0, 829, 0, 0, 1324, 0, 535, 0, 993, 0, 883, 0, 0, 0, 0, 139, 0, 0, 1111, 0, 0, 0, 0,
    0, 0, 0, 0, 503, 253, 0, 0, 0, 320, 708, 325, 913, 0, 0, 0, 0, 1004, 674, 399, 574, 0, 0, 1283,
    0, 158, 0, 0, 0, 0, 0, 0, 0, 1190, 0, 0, 0, 0, 859, 0, 0, 0, 0, 0, 496, 0, 0, 962, 938, 1027, 0,
    0, 0, 0, 0, 1098, 772, 0, 186, 1244, 0, 0, 728, 778, 170, 905, 750, 0, 0, 0, 0, 0, 101, 0, 0, 0,
    0, 23, 315, 330, 1275, 0, 0, 0, 0, 27, 1246, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 394, 1008, 0,
    63, 0, 1179, 0, 0, 0, 14, 0, 1140, 1063, 348, 422, 0, 544, 1358, 0, 0, 0, 0, 471, 827, 0, 0, 0,
    0, 238, 0, 0, 0, 0, 0, 0, 1071, 1115, 0, 0, 286, 676, 0, 0, 0, 0, 1344, 337, 0, 0, 0, 0, 0,
    1306, 1390, 0, 0, 0, 0, 1092, 184, 0, 474, 0, 984, 0, 1300, 78, 0, 0, 1028, 861, 536, 0, 0, 0,
    0, 0, 0, 0, 641, 515, 0, 0, 534, 579, 391, 0, 0, 0, 0, 0, 0, 1396, 220, 0, 0, 0, 624, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 663, 781, 0, 0, 0, 0, 123, 336, 868, 1335, 0, 0, 0, 73, 0, 0, 0, 758, 0, 0, 0,
    0, 22, 0, 701, 0, 943, 0, 0, 0, 0, 0, 0, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0, 936, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 797, 872, 0, 0, 979, 846, 0, 0, 659, 1173, 295, 262, 1373, 794, 1070, 0, 418, 1049,
    607, 0, 0, 656, 851, 0, 0, 0, 0, 0, 0, 730, 70, 1023, 0, 0, 0, 0, 0, 821, 0, 0, 0, 21, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 83, 1348, 0, 0, 0, 0, 104, 1085, 0, 0, 0, 0, 0, 0, 0, 13, 0, 0, 0, 0,
    760, 153, 0, 0, 0, 0, 0, 0, 0, 0, 933, 0, 0, 0, 0, 97, 202, 434, 0, 0, 0, 0, 0, 1229, 926, 488,
    0, 569, 0, 33, 1318, 0, 0, 0, 0, 1350, 0, 366, 0, 0, 0, 0, 1128, 0, 998, 0, 0, 0, 0, 0, 0, 200,
    0, 0, 0, 424, 1221, 3, 0, 0, 768, 298, 1161, 0, 919, 1082, 997, 1158, 216, 0, 0, 0, 1248, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 245, 185, 0, 1021, 0, 0, 1096, 1162, 910, 0, 435, 0, 0, 0, 1077,
    0, 0, 972, 0, 0, 0, 0, 0, 647, 0, 0, 19, 329, 0, 183, 430, 0, 0, 93, 0, 0, 0, 0, 0, 1241, 0, 0,
    950, 0, 0, 0, 0, 0, 0, 0, 1084, 0, 576, 1267, 0, 0, 0, 0, 1325, 0, 473, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 388, 654, 0, 267, 703, 87, 971, 0, 0, 0, 782, 1412, 1035, 0, 118, 0, 0, 0, 0, 765, 0, 727,
    0, 0, 952, 113, 743, 0, 0, 1256, 0, 0, 0, 0, 177, 1304, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1372, 0,
    0, 0, 52, 1010, 0, 0, 312, 0, 0, 0, 0, 0, 616, 0, 0, 0, 585, 157, 995, 1047, 0, 82, 237, 1112,
    0, 0, 247, 629, 631, 1188, 470, 1345, 0, 0, 0, 0, 0, 1164, 0, 622, 0, 0, 0, 791, 0, 0, 0, 0, 0,
    0, 0, 876, 1357, 0, 0, 0, 0, 35, 0, 0, 0, 116, 1009, 0, 0, 0, 0, 0, 0, 0, 0, 874, 0, 0, 1138, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 408, 1313, 1403, 841, 0, 571, 0, 1228, 747, 0, 0, 218, 421, 0, 384, 0,
    0, 1030, 0, 0, 928, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 1277, 0, 0, 0, 0, 508, 0,
    318, 726, 333, 0, 0, 0, 0, 0, 0, 0, 0, 176, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1252, 0, 0,
    359, 1086, 0, 0, 0, 485, 1081, 0, 0, 0, 0, 0, 0, 0, 0, 0, 144, 1231, 0, 0, 0, 788, 685, 558, 0,
    502, 908, 1343, 0, 0, 188, 0, 0, 0, 89, 0, 491, 1033, 0, 0, 0, 0, 0, 0, 0, 368, 1286, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 811, 0, 0, 56, 0, 326, 0, 0, 0, 464, 0, 1145, 0, 0, 555, 0, 0, 0,
    881, 977, 1284, 0, 0, 0, 1204, 0, 0, 232, 0, 0, 0, 0, 18, 395, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 227, 694, 882, 951, 0, 241, 1349, 0, 1135, 639, 903, 1095, 475, 0, 0, 146, 603, 0, 0, 0, 0,
    0, 1003, 0, 0, 0, 0, 465, 0, 0, 0, 0, 0, 0, 866, 824, 270, 552, 733, 1130, 1322, 0, 0, 0, 560,
    0, 561, 0, 0, 293, 413, 0, 0, 0, 0, 0, 322, 357, 567, 636, 0, 0, 0, 0, 0, 779, 837, 843, 1131,
    1411, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 282, 754, 1209, 702, 1243, 1015, 0, 0, 287, 1361, 0, 0, 504,
    0, 0, 1097, 0, 0, 0, 0, 0, 1225, 0, 0, 1174, 0, 0, 0, 0, 0, 297, 0, 0, 1268, 0, 604, 0, 0, 0,
    111, 0, 0, 0, 0, 0, 0, 1083, 0, 0, 0, 427, 1365, 1376, 0, 0, 213, 0, 0, 0, 1222, 795, 1269, 0,
    633, 0, 0, 251, 1303, 0, 0, 1175, 0, 0, 0, 0, 296, 0, 235, 1308, 0, 0, 818, 1007, 0, 1146, 204,
    0, 0, 0, 0, 0, 0, 1398, 0, 259, 0, 777, 0, 0, 1017, 1055, 939, 601, 578, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 990, 0, 0, 0, 653, 0, 775, 1124, 0, 0, 0, 0, 0, 800, 854, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 163, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 194, 0, 0, 1340,
    689, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 246, 0, 0, 0, 0, 0, 0, 0, 0, 0, 314, 0, 0, 0, 0, 0,
    0, 397, 0, 0, 0, 0, 0, 0, 0, 0, 109, 347, 0, 1280, 141, 264, 1281, 0, 1240, 0, 815, 0, 1250,
    171, 0, 693, 527, 0, 0, 0, 0, 575, 0, 45, 513, 0, 1364, 0, 0, 0, 0, 0, 0, 0, 1363, 0, 0, 1064,
    0, 0, 563, 1393, 0, 0, 0, 0, 0, 0, 0, 59, 0, 0, 61, 0, 0, 0, 1005, 1154, 1309, 0, 0, 0, 0, 0, 0,
    0, 1000, 584, 0, 0, 380, 398, 1242, 0, 0, 404, 0, 62, 1091, 0, 389, 0, 189, 0, 529, 1185, 0, 0,
    41, 0, 60, 1217, 0, 0, 0, 0, 151, 0, 0, 260, 0, 0, 305, 417, 1182, 243, 1235, 1100, 0, 809, 704,
    0, 0, 266, 0, 1388, 0, 638, 1208, 0, 580, 742, 0, 416, 0, 0, 463, 0, 0, 0, 980, 0, 0, 836, 0, 0,
    0, 985, 0, 411, 0, 0, 0, 525, 1314, 138, 847, 1399, 0, 0, 1133, 0, 0, 1402, 0, 0, 0, 0, 1213, 0,
    0, 0, 0, 0, 0, 595, 583, 670, 0, 0, 0, 0, 661, 672, 0, 466, 587, 0, 0, 705, 753, 0, 1136, 666,
    0, 450, 1019, 0, 0, 0, 431, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 500, 588, 1356, 0, 0, 545, 0,
    0, 547, 565, 878, 1315, 26, 554, 0, 0, 0, 0, 0, 0, 1353, 0, 108, 0, 291, 1289, 0, 0, 658, 0, 0,
    0, 780, 1029, 0, 0, 0, 0, 0, 0, 0, 0, 482, 0, 0, 0, 722, 940, 0, 1056, 0, 683, 428, 793, 479,
    596, 281, 1147, 0, 1001, 1339, 156, 0, 0, 0, 0, 0, 0, 0, 0, 785, 855, 1061, 0, 0, 211, 0, 215,
    0, 546, 0, 0, 0, 0, 862, 0, 0, 917, 0, 1113, 0, 0, 891, 1057, 0, 0, 32, 122, 0, 0, 86, 0, 0, 0,
    994, 0, 0, 792, 983, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 783, 1184, 0, 0, 0, 0, 0, 1153, 819, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 1294, 0, 1287, 0, 1107, 106, 744, 224, 487, 1238, 0, 0, 0, 769, 649, 0,
    711, 0, 930, 0, 0, 0, 0, 0, 839, 0, 103, 457, 0, 0, 0, 477, 0, 0, 0, 0, 0, 0, 0, 1108, 0, 0,
    1237, 142, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1198, 0, 512, 0, 0, 0, 0, 957, 0, 0, 0, 0, 0, 0, 313, 695,
    0, 0, 1062, 540, 684, 0, 1183, 0, 1274, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 98, 187, 5,
    1394, 1407, 1413, 0, 0, 0, 130, 0, 0, 0, 833, 0, 0, 0, 0, 0, 776, 1219, 0, 0, 0, 0, 1270, 0,
    858, 0, 1068, 342, 0, 945, 953, 0, 0, 0, 407, 519, 1043, 992, 1105, 0, 570, 0, 0, 0, 0, 0, 0, 0,
    648, 0, 0, 734, 252, 762, 961, 0, 20, 0, 7, 0, 0, 650, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1302, 731, 0,
    0, 0, 0, 0, 0, 0, 1389, 0, 0, 42, 0, 164, 1374, 460, 0, 0, 0, 0, 0, 10, 65, 729, 822, 721, 592,
    0, 682, 1050, 0, 700, 514, 1296, 1321, 0, 0, 0, 0, 468, 0, 361, 0, 0, 1265, 0, 618, 615, 0, 0,
    0, 0, 0, 0, 0, 0, 161, 942, 1195, 586, 0, 1072, 1311, 0, 0, 0, 0, 53, 816, 611, 1251, 0, 0, 0,
    0, 0, 0, 0, 1171, 0, 1271, 150, 0, 0, 1310, 0, 687, 820, 0, 1151, 517, 0, 419, 72, 0, 0, 812, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 1166, 0, 0, 0, 0, 392, 88, 543, 0, 1034, 0, 0, 0, 355, 0, 0, 25, 155,
    196, 1377, 0, 0, 0, 0, 244, 1336, 902, 906, 1203, 0, 0, 0, 272, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 1102, 1370, 0, 0, 0, 0, 0, 0, 0, 0, 498, 1408, 0, 0, 0, 0, 0, 0, 1218, 0, 0, 0,
    0, 0, 0, 0, 1032, 0, 0, 0, 0, 0, 805, 0, 0, 810, 0, 0, 987, 0, 732, 0, 17, 0, 278, 441, 0, 0, 0,
    0, 0, 814, 1380, 0, 719, 0, 0, 516, 0, 0, 766, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 640, 0, 0, 0,
    0, 522, 0, 1054, 1197, 0, 1232, 0, 0, 1060, 258, 0, 509, 1078, 1210, 0, 6, 0, 0, 1160, 0, 0,
    875, 1117, 0, 0, 71, 107, 1316, 0, 0, 0, 0, 0, 651, 0, 0, 1187, 531, 0, 0, 0, 100, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 476, 405, 0, 1074, 0, 0, 716, 0, 0, 0, 0, 699, 0, 0, 0, 0, 128, 1255, 0,
    356, 989, 0, 0, 0, 0, 0, 0, 0, 0, 501, 1143, 0, 0, 143, 0, 442, 0, 0, 0, 0, 0, 0, 0, 339, 76, 0,
    486, 0, 92, 0, 996, 1301, 0, 175, 0, 591, 0, 0, 0, 0, 0, 518, 0, 0, 0, 0, 0, 360, 528, 0, 0, 0,
    9, 0, 0, 447, 714, 0, 0, 0, 0, 0, 665, 0, 0, 0, 0, 0, 0, 0, 566, 0, 290, 0, 0, 0, 0, 323, 0, 0,
    0, 0, 853, 1245, 0, 0, 0, 0, 0, 0, 34, 838, 1312, 492, 0, 735, 0, 0, 0, 0, 637, 0, 0, 0, 0, 276,
    0, 0, 0, 499, 0, 0, 0, 367, 0, 0, 353, 573, 927, 30, 1044, 221, 114, 362, 0, 0, 99, 0, 0, 0,
    619, 1038, 80, 0, 0, 0, 0, 0, 0, 0, 0, 609, 963, 1079, 0, 0, 0, 472, 0, 316, 0, 199, 0, 0, 0, 0,
    0, 0, 0, 0, 94, 228, 381, 0, 0, 0, 0, 1369, 0, 396, 1159, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1298, 0, 0, 0, 0, 725, 0, 0, 696, 1087, 0, 0, 1089, 0, 48, 0, 0, 0, 0, 0, 880, 0, 0, 0, 0, 0, 0,
    117, 0, 0, 0, 1172, 675, 0, 0, 0, 830, 0, 0, 0, 0, 0, 1334, 0, 0, 0, 0, 0, 0, 201, 1148, 0, 0,
    140, 0, 0, 0, 0, 0, 0, 8, 1114, 0, 0, 0, 0, 401, 0, 761, 319, 0, 0, 36, 0, 0, 0, 0, 1, 1048, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 644, 0, 0, 974, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 613, 0, 1025, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, 1163, 751, 0, 0, 311, 0, 0, 1387, 0, 890, 240,
    364, 605, 920, 973, 0, 1139, 0, 0, 0, 300, 1362, 0, 0, 0, 740, 1259, 1234, 0, 0, 0, 0, 0, 0,
    524, 372, 375, 285, 867, 539, 0, 918, 0, 0, 0, 0, 825, 0, 0, 207, 0, 0, 671, 0, 895, 0, 0, 0, 0,
    802, 0, 490, 0, 0, 0, 804, 1122, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1106, 0, 718, 310, 0, 0, 0, 1359,
    736, 1216, 0, 255, 0, 981, 0, 1391, 1247, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 652, 0, 91, 0, 371, 0, 0, 0, 0, 1142, 1366, 0, 537, 0, 0, 710, 0, 328, 1110, 0,
    0, 0, 759, 0, 0, 0, 0, 0, 849, 0, 0, 0, 914, 970, 1012, 925, 0, 0, 0, 0, 915, 0, 1020, 0, 967,
    0, 0, 0, 0, 0, 0, 0, 617, 1181, 0, 0, 0, 0, 288, 900, 0, 0, 0, 0, 0, 0, 0, 127, 1215, 969, 480,
    0, 0, 706, 756, 0, 0, 0, 0, 0, 978, 462, 0, 0, 0, 0, 412, 1261, 0, 0, 988, 0, 0, 0, 0, 0, 0, 0,
    901, 0, 0, 0, 0, 0, 0, 1026, 0, 0, 1066, 1236, 0, 0, 0, 0, 0, 935, 623, 0, 982, 697, 975, 0, 0,
    923, 0, 738, 0, 0, 0, 0, 0, 0, 0, 0, 0, 131, 149, 212, 338, 894, 0, 0, 341, 551, 0, 0, 0, 0,
    1291, 655, 1333, 1254, 0, 0, 0, 0, 0, 0, 0, 0, 0, 715, 0, 0, 0, 590, 0, 0, 0, 0, 0, 0, 1040, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 68, 420, 627, 1046, 160, 817, 275, 568, 1093, 229, 1157, 273, 28,
    1371, 620, 0, 0, 279, 0, 0, 0, 686, 0, 597, 1409, 0, 0, 763, 483, 907, 1320, 1346, 784, 0, 0, 0,
    0, 0, 0, 1354, 254, 159, 403, 308, 373, 85, 497, 1266, 0, 0, 0, 0, 1152, 0, 0, 0, 105, 64, 0,
    958, 0, 0, 0, 0, 172, 0, 0, 0, 0, 0, 15, 129, 664, 1299, 0, 1045, 51, 256, 271, 786, 1264, 0, 0,
    0, 0, 0, 999, 0, 0, 205, 813, 1214, 0, 0, 0, 0, 0, 0, 0, 0, 1260, 0, 752, 0, 0, 0, 612, 1141,
    621, 0, 0, 0, 892, 0, 0, 0, 0, 226, 469, 0, 0, 0, 642, 0, 0, 0, 309, 0, 0, 180, 548, 445, 0, 47,
    0, 0, 0, 0, 0, 174, 268, 521, 1099, 1180, 0, 0, 119, 0, 423, 0, 0, 0, 749, 1307, 0, 0, 0, 209,
    0, 0, 135, 0, 0, 1383, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1226, 0, 242, 0, 162, 0, 0, 0, 1342,
    426, 0, 1156, 0, 0, 0, 0, 0, 798, 680, 1018, 449, 425, 1036, 1279, 0, 0, 1118, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 351, 0, 0, 937, 0, 0, 0, 1194, 0, 0, 0, 250, 898, 1262, 669, 606, 1329,
    1205, 0, 0, 0, 0, 455, 0, 0, 429, 0, 0, 349, 0, 0, 0, 0, 1272, 0, 0, 1319, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 959, 0, 0, 0, 594, 0, 382, 526, 0, 0, 0, 0, 0, 0, 0, 0, 511, 0, 1119, 0, 0, 0, 0, 321,
    757, 179, 1120, 1042, 1223, 0, 0, 0, 379, 0, 0, 0, 0, 324, 0, 0, 0, 478, 0, 0, 0, 0, 0, 236, 0,
    1297, 0, 0, 0, 0, 307, 374, 66, 556, 0, 0, 0, 0, 0, 0, 365, 1202, 0, 0, 0, 1305, 0, 0, 0, 0,
    1165, 0, 120, 506, 530, 844, 0, 0, 0, 0, 0, 0, 0, 0, 0, 334, 383, 774, 0, 0, 921, 645, 0, 1127,
    0, 0, 437, 0, 0, 0, 0, 773, 0, 0, 0, 269, 0, 0, 223, 0, 0, 386, 1150, 0, 0, 222, 0, 0, 0, 0, 0,
    1176, 4, 95, 0, 0, 801, 0, 0, 198, 0, 1167, 289, 1327, 0, 0, 0, 1212, 991, 446, 1191, 1227, 77,
    152, 507, 0, 0, 0, 0, 1338, 0, 0, 986, 0, 1116, 0, 0, 0, 456, 1410, 0, 458, 0, 0, 0, 208, 11,
    39, 852, 1109, 0, 81, 0, 885, 0, 0, 0, 0, 0, 0, 0, 0, 863, 598, 1386, 896, 0, 0, 0, 0, 0, 0,
    739, 0, 0, 377, 0, 303, 0, 0, 0, 0, 0, 0, 154, 0, 0, 0, 331, 581, 1276, 748, 523, 248, 0, 897,
    432, 899, 737, 856, 1230, 0, 112, 712, 0, 1137, 0, 0, 484, 1207, 0, 0, 0, 0, 451, 436, 1186,
    409, 0, 0, 0, 0, 0, 0, 577, 0, 0, 0, 0, 0, 884, 771, 0, 582, 0, 0, 352, 354, 931, 301, 234, 306,
    949, 0, 75, 0, 643, 1052, 0, 941, 1196, 0, 0, 1233, 0, 0, 0, 0, 0, 0, 448, 0, 0, 0, 0, 0, 0, 0,
    49, 0, 0, 0, 0, 1002, 0, 0, 1392, 0, 0, 0, 0, 0, 832, 0, 67, 0, 0, 0, 932, 190, 1132, 0, 277,
    1080, 1352, 857, 0, 0, 1395, 0, 0, 1170, 0, 0, 0, 493, 1013, 0, 0, 0, 0, 0, 0, 387, 0, 0, 0, 0,
    1368, 0, 0, 0, 0, 0, 799, 0, 390, 0, 960, 0, 0, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 0, 133, 1401, 0,
    0, 0, 0, 0, 723, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 467, 0, 0, 1278, 0, 0, 826, 0, 0, 0, 0, 0, 0,
    0, 0, 662, 265, 0, 0, 0, 0, 0, 690, 0, 0, 0, 0, 0, 0, 0, 1075, 745, 0, 0, 1257, 0, 0, 840, 136,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 344, 335, 1067, 0, 0, 0, 0, 0, 1397, 0, 635, 600, 0, 0, 1331, 947,
    968, 1341, 1094, 0, 1199, 0, 954, 0, 0, 0, 0, 0, 0, 0, 96, 553, 808, 0, 0, 0, 69, 1041, 964,
    1330, 132, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1069, 1337, 0, 0, 0, 461, 720, 1144, 0, 0, 0,
    929, 0, 0, 0, 1189, 29, 90, 0, 0, 0, 864, 0, 0, 0, 562, 789, 1378, 557, 1192, 1088, 0, 358, 414,
    0, 0, 550, 946, 0, 1332, 1039, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 195, 0, 0, 806, 0, 0, 0, 0,
    406, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 948, 845, 870, 0, 38, 165,
    1293, 0, 0, 0, 182, 0, 0, 0, 0, 1328, 0, 0, 916, 439, 0, 58, 126, 0, 0, 0, 0, 0, 0, 0, 1384, 0,
    0, 0, 0, 865, 0, 1168, 37, 0, 74, 1051, 0, 0, 0, 0, 494, 1200, 924, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    206, 0, 0, 0, 1220, 1037, 0, 593, 0, 0, 31, 1355, 0, 0, 1014, 646, 0, 0, 1263, 0, 688, 0, 0,
    1206, 0, 24, 0, 181, 608, 495, 673, 1177, 0, 0, 0, 0, 376, 559, 0, 0, 1201, 0, 0, 1347, 203,
    1006, 0, 0, 0, 0, 0, 0, 0, 1211, 1104, 1249, 0, 0, 1126, 1375, 0, 0, 0, 713, 0, 0, 0, 0, 0,
    1290, 807, 304, 0, 0, 660, 378, 0, 0, 1058, 0, 0, 599, 834, 877, 1090, 542, 0, 0, 0, 831, 1273,
    0, 0, 0, 0, 0, 678, 1076, 1101, 0, 217, 1103, 1169, 0, 0, 0, 1382, 0, 0, 0, 0, 1285, 755, 1379,
    0, 0, 0, 0, 657, 0, 0, 0, 0, 0, 0, 0, 1024, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 402, 888, 0, 532,
    869, 0, 0, 0, 0, 538, 842, 0, 0, 0, 115, 167, 850, 1224, 327, 137, 823, 0, 0, 0, 0, 210, 370,
    1381, 0, 0, 0, 0, 1129, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1011, 1253, 0, 709, 0, 944, 0, 317, 393,
    0, 0, 1031, 0, 0, 1073, 0, 0, 0, 261, 454, 230, 0, 274, 767, 887, 0, 0, 0, 0, 257, 0, 0, 0, 0,
    1323, 0, 0, 0, 0, 0, 0, 0, 922, 0, 0, 0, 1367, 294, 634, 231, 746, 1053, 0, 0, 0, 0, 0, 0, 292,
    173, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1258, 0, 0, 350, 0, 0, 0, 0, 698, 0, 787, 0, 0, 0, 0, 0, 0, 0,
    0, 40, 0, 0, 0, 0, 0, 0, 0, 0, 459, 626, 0, 0, 0, 0, 0, 197, 1292, 0, 57, 0, 0, 0, 0, 764, 0, 0,
    572, 0, 1125, 0, 0, 1385, 589, 302, 0, 55, 0, 541, 610, 0, 0, 741, 0, 0, 0, 0, 0, 0, 0, 178, 0,
    0, 249, 481, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 169, 452, 0, 0, 692, 438, 0, 0, 0, 0, 0, 1123, 0,
    0, 0, 0, 346, 0, 453, 0, 283, 345, 0, 0, 0, 0, 0, 630, 0, 0, 0, 0, 0, 0, 489, 191, 0, 520, 0, 0,
    0, 168, 668, 219, 0, 0, 0, 0, 911, 0, 681, 533, 121, 0, 166, 0, 0, 879, 0, 0, 0, 0, 233, 263,
    1149, 0, 0, 0, 0, 0, 0, 1360, 0, 0, 0, 0, 0, 0, 0, 0, 803, 0, 1400, 0, 770, 0, 0, 0, 84, 0, 0,
    1351, 0, 0, 0, 0, 0, 1282, 0, 909, 0, 0, 0, 1134, 0, 225, 0, 1016, 0, 0, 0, 443, 0, 934, 50, 0,
    0, 0, 0, 628, 602, 0, 955, 145, 299, 0, 0, 0, 0, 0, 912, 0, 0, 410, 0, 0, 0, 1121, 0, 564, 148,
    239, 440, 873, 1317, 0, 0, 1065, 284, 363, 549, 679, 707, 835, 966, 0, 0, 0, 340, 0, 1405, 0, 0,
    280, 0, 0, 110, 0, 889, 125, 614, 0, 871, 0, 0, 0, 0, 0,
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

unsigned wl_kinds(Span word) {
  if (word.len == 0 || word.len > 32) return 0;
  size_t mask = sizeof wl_slots / sizeof wl_slots[0] - 1;
  for (size_t i = wl_hash(word) & mask;; i = (i + 1) & mask) {
    unsigned short slot = wl_slots[i];
    if (slot == 0) return 0;
    const WlWord *entry = &wl_words[slot - 1];
    if (entry->len == word.len && wl_cmp(word, entry->word) == 0) return entry->mask;
  }
}

bool wl_has(WlKind kind, Span word) {
  if ((unsigned)kind >= WL_KIND_COUNT || word.len == 0 || word.len > 64) return false;
  if (memchr(word.ptr, ' ', word.len) == NULL) return (wl_kinds(word) >> kind) & 1u;
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

/* What the scanner learns while reading one word. */
typedef struct {
  size_t n_letters, letters_since_dot;
  bool has_lower, dotted;
} LexState;

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
** must follow, and a dot only joins single letters ("U.S"). */
static bool lex_joins(const char *s, size_t len, size_t i, size_t n, int cp, LexState *st) {
  if (!lex_is_joiner(cp) || i + n >= len) return false;
  int next;
  size_t m = lex_decode(s, len, i + n, &next);
  if (!lex_is_wordchar(next)) return false;
  if (cp == '.') {
    if (st->letters_since_dot != 1) return false;
    int after = ' ';
    if (i + n + m < len) lex_decode(s, len, i + n + m, &after);
    if (lex_is_wordchar(after)) return false;
    st->dotted = true;
  }
  st->letters_since_dot = 0;
  return true;
}

/* The end of the word starting at i, filling *st. */
static size_t lex_word_end(const char *s, size_t len, size_t i, LexState *st) {
  int cp;
  while (i < len) {
    unsigned char k = lx_class[(unsigned char)s[i]];
    if (k == LX_LOWER || k == LX_UPPER || k == LX_DIGIT) {
      st->has_lower |= k == LX_LOWER;
      st->n_letters += k != LX_DIGIT;
      st->letters_since_dot++;
      i++;
      continue;
    }
    size_t n = lex_decode(s, len, i, &cp);
    if (k == LX_HIGH && lex_is_wordchar(cp)) {
      st->has_lower |= lex_is_lower(cp);
      st->n_letters += lex_is_letter(cp);
      st->letters_since_dot++;
      i += n;
      continue;
    }
    if (!lex_joins(s, len, i, n, cp, st)) break;
    i += n;
  }
  return i;
}

bool lex_next_word(const char *s, size_t len, size_t pos, Word *w) {
  size_t i = lex_skip_to_word(s, len, pos);
  if (i >= len) return false;
  LexState st = {0, 0, false, false};
  w->start = i;
  w->flags = 0;
  w->kinds = 0;
  i = lex_word_end(s, len, i, &st);
  w->end = i;
  int first;
  lex_decode(s, len, w->start, &first);
  if (lex_is_upper(first))
    w->flags |= WORD_CAP;
  else if (lex_is_lower(first))
    w->flags |= WORD_LOWER;
  else if (first >= '0' && first <= '9')
    w->flags |= WORD_DIGIT;
  if ((w->flags & WORD_CAP) && st.n_letters >= 2 && !st.has_lower) w->flags |= WORD_ALLCAPS;
  lex_finish(s, len, w, st.dotted);
  w->next = w->end > i ? w->end : i;
  return true;
}
