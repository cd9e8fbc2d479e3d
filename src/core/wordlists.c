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
    "ababa", "abu dhabi", "abuja", "accra", "addis", "adelaide", "afghanistan", "africa",
    "al-raqqa", "alabama", "alaska", "albania", "alberta", "aleppo", "algeria", "algiers", "almaty",
    "alps", "amman", "amsterdam", "anchorage", "andalusia", "ankara", "antarctica", "antwerp",
    "argentina", "arizona", "arkansas", "armenia", "asia", "asmara", "athens", "atlanta",
    "auckland", "australia", "austria", "azerbaijan", "baghdad", "bahrain", "baku", "balkans",
    "balochistan", "baltimore", "bamako", "bangalore", "bangkok", "bangladesh", "barcelona",
    "basra", "bavaria", "beijing", "beirut", "belarus", "belgium", "belgrade", "bengal", "benghazi",
    "berlin", "bern", "black sea", "bordeaux", "bosnia", "bosnia and herzegovina", "boston",
    "bratislava", "brazil", "brisbane", "bristol", "brussels", "bucharest", "budapest", "buenos",
    "buenos aires", "bulgaria", "burma", "cairo", "calgary", "california", "cambodia", "canada",
    "canberra", "cape town", "caracas", "caribbean", "catalonia", "caucasus", "central america",
    "central asia", "chechnya", "chennai", "chicago", "chile", "china", "cologne", "colombia",
    "colombo", "colorado", "congo", "connecticut", "copenhagen", "costa rica", "crimea", "croatia",
    "cuba", "cyprus", "czech", "dakar", "dallas", "damascus", "darfur", "delaware", "delhi",
    "denmark", "denver", "des moines", "detroit", "dhaka", "doha", "donetsk", "dortmund", "dresden",
    "dubai", "dublin", "durban", "east africa", "east asia", "east coast", "east jerusalem",
    "eastern europe", "edinburgh", "egypt", "el salvador", "england", "estonia", "ethiopia",
    "europe", "falluja", "fallujah", "finland", "flanders", "florida", "france", "frankfurt",
    "fukushima", "galilee", "gaza", "gaza strip", "geneva", "georgia", "germany", "ghana",
    "glasgow", "golan heights", "gothenburg", "great britain", "greece", "guangzhou", "guatemala",
    "guatemala city", "gulf coast", "haiti", "hama", "hamburg", "hanoi", "harare", "havana",
    "hawaii", "hebron", "helmand", "helsinki", "herat", "himalayas", "hiroshima",
    "ho chi minh city", "homs", "honduras", "hong kong", "honolulu", "horn of africa", "houston",
    "hungary", "hyderabad", "idaho", "idlib", "illinois", "india", "indiana", "indonesia", "iowa",
    "iran", "iraq", "ireland", "islamabad", "israel", "istanbul", "italy", "jakarta", "japan",
    "jeddah", "jerusalem", "johannesburg", "jordan", "kabul", "kampala", "kandahar", "kansas",
    "karachi", "kashmir", "kathmandu", "kazakhstan", "kentucky", "kenya", "kiev", "kinshasa",
    "kobani", "kolkata", "kosovo", "kowloon", "krakow", "kuala lumpur", "kunduz", "kurdistan",
    "kuwait", "kuwait city", "kyiv", "lagos", "lahore", "laos", "las vegas", "latakia",
    "latin america", "latvia", "lebanon", "leeds", "lhasa", "libya", "lima", "lisbon", "lithuania",
    "liverpool", "lombardy", "london", "los angeles", "louisiana", "luhansk", "lyon", "madrid",
    "maine", "malaysia", "mali", "manchester", "manila", "manitoba", "marseille", "maryland",
    "massachusetts", "mecca", "medina", "mediterranean", "melbourne", "mexico", "mexico city",
    "miami", "michigan", "middle east", "milan", "minneapolis", "minnesota", "minsk", "mississippi",
    "missouri", "mogadishu", "moldova", "mombasa", "mongolia", "montana", "montenegro", "montreal",
    "morocco", "moscow", "mosul", "mumbai", "munich", "myanmar", "nairobi", "naples", "nashville",
    "nebraska", "nepal", "netherlands", "nevada", "new delhi", "new hampshire", "new jersey",
    "new mexico", "new orleans", "new south wales", "new york", "new zealand", "newark",
    "nicaragua", "niger", "nigeria", "normandy", "north africa", "north america", "north carolina",
    "north dakota", "north korea", "norway", "odessa", "ohio", "oklahoma", "oman", "ontario",
    "oregon", "osaka", "oslo", "ottawa", "pakistan", "palestine", "palmyra", "panama",
    "panama city", "paraguay", "paris", "patagonia", "pennsylvania", "persian gulf", "perth",
    "peru", "philadelphia", "philippines", "phoenix", "pittsburgh", "poland", "porto", "portugal",
    "prague", "pretoria", "provence", "puerto rico", "punjab", "pyongyang", "qatar", "quebec",
    "queensland", "quito", "rabat", "rangoon", "raqqa", "red sea", "rhode island", "rio de janeiro",
    "riyadh", "romania", "rome", "rotterdam", "russia", "rwanda", "sacramento", "sahara",
    "saint petersburg", "salt lake city", "salzburg", "san antonio", "san diego", "san francisco",
    "san jose", "sanaa", "santiago", "sao paulo", "sarajevo", "sardinia", "saskatchewan",
    "saudi arabia", "scandinavia", "scotland", "seattle", "senegal", "seoul", "serbia", "seville",
    "shanghai", "shenzhen", "siberia", "sicily", "sierra leone", "sinai", "sindh", "singapore",
    "skopje", "slovakia", "slovenia", "sofia", "somalia", "south africa", "south america",
    "south asia", "south carolina", "south china sea", "south dakota", "south korea", "south sudan",
    "southeast asia", "southern africa", "spain", "sri lanka", "srinagar", "st. louis",
    "st. petersburg", "stockholm", "stuttgart", "sudan", "sweden", "switzerland", "sydney", "syria",
    "taipei", "taiwan", "tajikistan", "tallinn", "tartus", "tashkent", "tasmania", "tbilisi",
    "tehran", "tel aviv", "tennessee", "texas", "thailand", "tibet", "tijuana", "tikrit", "tirana",
    "tokyo", "toronto", "toulouse", "tripoli", "tucson", "tunis", "tunisia", "turin", "turkey",
    "turkmenistan", "tuscany", "uganda", "ukraine", "ulaanbaatar", "united arab emirates",
    "united kingdom", "united states", "united states of america", "uruguay", "utah", "uzbekistan",
    "valencia", "vancouver", "venezuela", "venice", "vermont", "vienna", "vietnam", "vilnius",
    "virginia", "wales", "wallonia", "warsaw", "washington", "wellington", "west africa",
    "west bank", "west coast", "west virginia", "western europe", "winnipeg", "wisconsin", "wuhan",
    "wyoming", "xinjiang", "yangon", "yemen", "yerevan", "zagreb", "zimbabwe", "zurich",
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

typedef struct {
  const char *word;
  unsigned mask; /* bit k set: the word is in table k (a WlKind) */
} WlWord;

/* Every single-word entry of the tables above with the mask of its tables,
** and an open-addressing index over them (FNV-1a of the lower-cased word,
** linear probing, 0 = empty). Generated from the tables; test_entity.c
** checks that both agree. */
static const WlWord wl_words[] = {
    {"a", 0x1}, {"ababa", 0x100}, {"abdullah", 0x2000}, {"about", 0x1}, {"above", 0x1},
    {"abuja", 0x100}, {"academy", 0x10}, {"according", 0x1}, {"accra", 0x100}, {"accused", 0x8000},
    {"accuses", 0x8000}, {"accusing", 0x8000}, {"acknowledged", 0x8000}, {"acknowledges", 0x8000},
    {"across", 0x1}, {"acting", 0x4}, {"activist", 0x8}, {"add", 0x8000}, {"added", 0x8000},
    {"adding", 0x8000}, {"addis", 0x100}, {"additional", 0x1}, {"adds", 0x8000},
    {"adelaide", 0x100}, {"adm", 0x4002}, {"administration", 0x30}, {"admiral", 0x2},
    {"admits", 0x8000}, {"admitted", 0x8000}, {"advertisement", 0x1}, {"adviser", 0xa},
    {"advisor", 0xa}, {"afghan", 0x400}, {"afghanistan", 0x100}, {"afp", 0x200}, {"africa", 0x100},
    {"african", 0x400}, {"after", 0x1}, {"afterward", 0x1}, {"afterwards", 0x1}, {"again", 0x1},
    {"against", 0x1}, {"agency", 0x50}, {"ago", 0x1}, {"ahmed", 0x2000}, {"aide", 0x1000a},
    {"aides", 0x10000}, {"airport", 0x80000}, {"al", 0x1000}, {"al-qaeda", 0x200},
    {"al-raqqa", 0x100}, {"al-shabab", 0x200}, {"alabama", 0x100}, {"alaska", 0x100},
    {"albania", 0x100}, {"albanian", 0x400}, {"alberta", 0x100}, {"aleppo", 0x100},
    {"alexander", 0x2000}, {"alexei", 0x2000}, {"algeria", 0x100}, {"algerian", 0x400},
    {"algiers", 0x100}, {"ali", 0x2000}, {"all", 0x1}, {"alliance", 0x10}, {"ally", 0x8},
    {"almaty", 0x100}, {"alps", 0x100}, {"also", 0x1}, {"although", 0x1}, {"amazon", 0x200},
    {"ambassador", 0xa}, {"american", 0x400}, {"amid", 0x1}, {"amman", 0x100}, {"amnesty", 0x200},
    {"among", 0x1}, {"amsterdam", 0x100}, {"an", 0x1}, {"analyst", 0x10008}, {"analysts", 0x10000},
    {"anchor", 0x8}, {"anchorage", 0x100}, {"and", 0x1}, {"andalusia", 0x100}, {"andrea", 0x2000},
    {"andrew", 0x2000}, {"angela", 0x2000}, {"ankara", 0x100}, {"anna", 0x2000}, {"anne", 0x2000},
    {"announced", 0x8000}, {"announces", 0x8000}, {"another", 0x1}, {"ansa", 0x200},
    {"antarctica", 0x100}, {"antonio", 0x2000}, {"antwerp", 0x100}, {"any", 0x1}, {"anyone", 0x1},
    {"anything", 0x1}, {"apple", 0x200}, {"apr", 0x4000}, {"april", 0x40000}, {"arab", 0x400},
    {"arabian", 0x400}, {"archbishop", 0x2}, {"are", 0x1}, {"argentina", 0x100},
    {"argentine", 0x400}, {"argentinian", 0x400}, {"argued", 0x8000}, {"argues", 0x8000},
    {"arguing", 0x8000}, {"arizona", 0x100}, {"arkansas", 0x100}, {"armenia", 0x100},
    {"armenian", 0x400}, {"army", 0x30}, {"around", 0x1}, {"as", 0x1}, {"asia", 0x100},
    {"asian", 0x400}, {"ask", 0x8000}, {"asked", 0x8000}, {"asking", 0x8000}, {"asks", 0x8000},
    {"asmara", 0x100}, {"assembly", 0x10}, {"asserted", 0x8000}, {"asserts", 0x8000},
    {"assistant", 0x4}, {"associated", 0x200}, {"association", 0x10}, {"at", 0x1},
    {"athens", 0x100}, {"atlanta", 0x100}, {"attorney", 0xc}, {"auckland", 0x100}, {"aug", 0x4000},
    {"august", 0x40000}, {"australia", 0x100}, {"australian", 0x400}, {"austria", 0x100},
    {"austrian", 0x400}, {"author", 0x8}, {"authority", 0x10}, {"avenue", 0x80000},
    {"awards", 0x100000}, {"ayatollah", 0x2}, {"azerbaijan", 0x100}, {"azerbaijani", 0x400},
    {"baghdad", 0x100}, {"bahrain", 0x100}, {"bahraini", 0x400}, {"baku", 0x100},
    {"balkans", 0x100}, {"balochistan", 0x100}, {"baltimore", 0x100}, {"bamako", 0x100},
    {"bangalore", 0x100}, {"bangkok", 0x100}, {"bangladesh", 0x100}, {"bank", 0x10},
    {"barack", 0x2000}, {"barcelona", 0x100}, {"bashar", 0x2000}, {"basra", 0x100},
    {"bavaria", 0x100}, {"bay", 0x80000}, {"bbc", 0x200}, {"beach", 0x80000}, {"because", 0x1},
    {"before", 0x1}, {"beijing", 0x100}, {"being", 0x1}, {"beirut", 0x100}, {"belarus", 0x100},
    {"belgian", 0x400}, {"belgium", 0x100}, {"belgrade", 0x100}, {"below", 0x1}, {"ben", 0x2000},
    {"bengal", 0x100}, {"benghazi", 0x100}, {"benjamin", 0x2000}, {"berlin", 0x100},
    {"bern", 0x100}, {"bernie", 0x2000}, {"beside", 0x1}, {"besides", 0x1}, {"between", 0x1},
    {"bill", 0x2000}, {"bin", 0x1000}, {"bishop", 0x2}, {"blasted", 0x8000}, {"board", 0x10},
    {"boasted", 0x8000}, {"boko", 0x200}, {"bordeaux", 0x100}, {"boris", 0x2000}, {"bosnia", 0x100},
    {"boston", 0x100}, {"both", 0x1}, {"bratislava", 0x100}, {"brazil", 0x100},
    {"brazilian", 0x400}, {"breaking", 0x1}, {"bridge", 0x80000}, {"brig", 0x4002},
    {"brigade", 0x10}, {"brigades", 0x10}, {"brisbane", 0x100}, {"bristol", 0x100},
    {"british", 0x400}, {"broadcaster", 0x40}, {"brussels", 0x100}, {"bucharest", 0x100},
    {"budapest", 0x100}, {"buenos", 0x100}, {"bulgaria", 0x100}, {"bulgarian", 0x400},
    {"bureau", 0x10}, {"burma", 0x100}, {"burmese", 0x400}, {"but", 0x1}, {"by", 0x1},
    {"cabinet", 0x10}, {"cairo", 0x100}, {"calgary", 0x100}, {"california", 0x100},
    {"cambodia", 0x100}, {"can", 0x1}, {"canada", 0x100}, {"canadian", 0x400}, {"canal", 0x80000},
    {"canberra", 0x100}, {"candidate", 0x8}, {"capt", 0x4002}, {"captain", 0x2}, {"caption", 0x1},
    {"caracas", 0x100}, {"cardinal", 0x2}, {"caribbean", 0x100}, {"carlos", 0x2000},
    {"catalonia", 0x100}, {"cathedral", 0x80000}, {"catholic", 0x400}, {"catholics", 0x400},
    {"caucasus", 0x100}, {"cautioned", 0x8000}, {"center", 0x10}, {"central", 0x800},
    {"centre", 0x10}, {"chairman", 0xa}, {"chairwoman", 0xa}, {"championship", 0x100000},
    {"championships", 0x100000}, {"chancellor", 0xa}, {"channel", 0x40}, {"charles", 0x2000},
    {"chechen", 0x400}, {"chechnya", 0x100}, {"chennai", 0x100}, {"chicago", 0x100}, {"chief", 0xe},
    {"chile", 0x100}, {"chilean", 0x400}, {"china", 0x100}, {"chinese", 0x400}, {"chris", 0x2000},
    {"christian", 0x400}, {"christians", 0x400}, {"christmas", 0x40000}, {"christopher", 0x2000},
    {"chronicle", 0x10}, {"church", 0x80000}, {"cia", 0x200}, {"city", 0x80000},
    {"claimed", 0x8000}, {"claiming", 0x8000}, {"claims", 0x8000}, {"click", 0x1}, {"cmdr", 0x4000},
    {"cnn", 0x200}, {"co", 0x4000}, {"coalition", 0x10}, {"coast", 0x80080}, {"col", 0x4002},
    {"colleague", 0x8}, {"college", 0x10}, {"cologne", 0x100}, {"colombia", 0x100},
    {"colombian", 0x400}, {"colombo", 0x100}, {"colonel", 0x2}, {"colorado", 0x100},
    {"columnist", 0x8}, {"command", 0x10}, {"commander", 0xa}, {"commentator", 0x8},
    {"commented", 0x8000}, {"comments", 0x8001}, {"commission", 0x10}, {"commissioner", 0x2},
    {"committee", 0x10}, {"company", 0x50}, {"complained", 0x8000}, {"conceded", 0x8000},
    {"concluded", 0x8000}, {"concludes", 0x8000}, {"conference", 0x100000}, {"confirmed", 0x8000},
    {"confirms", 0x8000}, {"congo", 0x100}, {"congress", 0x210}, {"congressman", 0xa},
    {"congresswoman", 0xa}, {"connecticut", 0x100}, {"conservative", 0x400},
    {"conservatives", 0x400}, {"continued", 0x8000}, {"continues", 0x8000},
    {"convention", 0x100000}, {"copenhagen", 0x100}, {"copyright", 0x1}, {"corp", 0x4010},
    {"corporation", 0x10}, {"correspondent", 0x8}, {"could", 0x1}, {"council", 0x10},
    {"councillor", 0x8}, {"councilman", 0x8}, {"counsellor", 0x2}, {"counselor", 0x2},
    {"countered", 0x8000}, {"counterpart", 0x8}, {"county", 0x80000}, {"court", 0x10},
    {"crescent", 0x10}, {"crimea", 0x100}, {"croatia", 0x100}, {"croatian", 0x400}, {"cross", 0x10},
    {"crown", 0x8}, {"cuba", 0x100}, {"cuban", 0x400}, {"cup", 0x100000}, {"cyprus", 0x100},
    {"czech", 0x500}, {"da", 0x1000}, {"daily", 0x50}, {"dakar", 0x100}, {"dallas", 0x100},
    {"damascus", 0x100}, {"dame", 0x2}, {"daniel", 0x2000}, {"danish", 0x400}, {"darfur", 0x100},
    {"david", 0x2000}, {"de", 0x1000}, {"dec", 0x4000}, {"december", 0x40000}, {"declared", 0x8000},
    {"declares", 0x8000}, {"declaring", 0x8000}, {"defence", 0x4}, {"defense", 0x4},
    {"del", 0x1000}, {"delaware", 0x100}, {"delhi", 0x100}, {"della", 0x1000}, {"democrat", 0x400},
    {"democratic", 0x400}, {"democrats", 0x400}, {"denied", 0x8000}, {"denies", 0x8000},
    {"denmark", 0x100}, {"denver", 0x100}, {"department", 0x10}, {"deputy", 0x4}, {"der", 0x1000},
    {"described", 0x8000}, {"desert", 0x80080}, {"despite", 0x1}, {"detroit", 0x100},
    {"dhaka", 0x100}, {"di", 0x1000}, {"did", 0x1}, {"diplomat", 0x10008}, {"diplomats", 0x10000},
    {"director", 0xa}, {"disney", 0x200}, {"district", 0x80000}, {"dmitry", 0x2000}, {"do", 0x1},
    {"does", 0x1}, {"doha", 0x100}, {"donald", 0x2000}, {"donetsk", 0x100}, {"dortmund", 0x100},
    {"dos", 0x1000}, {"dpa", 0x200}, {"dr", 0x4002}, {"dresden", 0x100}, {"du", 0x1000},
    {"dubai", 0x100}, {"dublin", 0x100}, {"durban", 0x100}, {"during", 0x1}, {"dutch", 0x400},
    {"each", 0x1}, {"earlier", 0x1}, {"east", 0x800}, {"easter", 0x40000}, {"eastern", 0xc00},
    {"economist", 0x8}, {"economy", 0x4}, {"edinburgh", 0x100}, {"editor", 0x9}, {"efe", 0x200},
    {"egypt", 0x100}, {"egyptian", 0x400}, {"either", 0x1}, {"el", 0x1000}, {"elizabeth", 0x2000},
    {"else", 0x1}, {"embassy", 0x10}, {"emir", 0x2}, {"emirati", 0x400}, {"emmanuel", 0x2000},
    {"emphasised", 0x8000}, {"emphasized", 0x8000}, {"energy", 0x4}, {"england", 0x100},
    {"english", 0x400}, {"envoy", 0xa}, {"eric", 0x2000}, {"estonia", 0x100}, {"estonian", 0x400},
    {"ethiopia", 0x100}, {"ethiopian", 0x400}, {"europe", 0x100}, {"european", 0x400},
    {"evangelical", 0x400}, {"evangelicals", 0x400}, {"even", 0x1}, {"ever", 0x1}, {"every", 0x1},
    {"everyone", 0x1}, {"everything", 0x1}, {"exclaimed", 0x8000}, {"executive", 0x8},
    {"expert", 0x10008}, {"experts", 0x10000}, {"explained", 0x8000}, {"explaining", 0x8000},
    {"explains", 0x8000}, {"express", 0x10}, {"facebook", 0x200}, {"falluja", 0x100},
    {"fallujah", 0x100}, {"fbi", 0x200}, {"feb", 0x4000}, {"february", 0x40000},
    {"federation", 0x10}, {"festival", 0x100000}, {"few", 0x1}, {"fig", 0x4000}, {"finance", 0x4},
    {"finland", 0x100}, {"finnish", 0x400}, {"firm", 0x40}, {"first", 0x4}, {"flanders", 0x100},
    {"florida", 0x100}, {"follow", 0x1}, {"for", 0x1}, {"force", 0x10}, {"forces", 0x10},
    {"foreign", 0x4}, {"former", 0x5}, {"foundation", 0x10}, {"founder", 0x8}, {"france", 0x100},
    {"francois", 0x2000}, {"frank", 0x2000}, {"frankfurt", 0x100}, {"french", 0x400},
    {"friday", 0x40000}, {"from", 0x1}, {"front", 0x10}, {"fukushima", 0x100}, {"fund", 0x10},
    {"further", 0x1}, {"galilee", 0x100}, {"games", 0x100000}, {"gaza", 0x100}, {"gazette", 0x10},
    {"gen", 0x4002}, {"general", 0xa}, {"geneva", 0x100}, {"gennady", 0x2000}, {"george", 0x2000},
    {"georgia", 0x100}, {"georgian", 0x400}, {"german", 0x400}, {"germany", 0x100},
    {"ghana", 0x100}, {"glasgow", 0x100}, {"google", 0x200}, {"gothenburg", 0x100}, {"gov", 0x4002},
    {"government", 0x30}, {"governor", 0xa}, {"greece", 0x100}, {"greek", 0x400}, {"group", 0x50},
    {"guangzhou", 0x100}, {"guard", 0x10}, {"guards", 0x10}, {"guatemala", 0x100},
    {"gulf", 0x80000}, {"had", 0x1}, {"haiti", 0x100}, {"haitian", 0x400}, {"hall", 0x80000},
    {"hama", 0x100}, {"hamas", 0x200}, {"hamburg", 0x100}, {"hanoi", 0x100}, {"harare", 0x100},
    {"harbor", 0x80000}, {"harbour", 0x80000}, {"has", 0x1}, {"hassan", 0x2000}, {"havana", 0x100},
    {"have", 0x1}, {"having", 0x1}, {"hawaii", 0x100}, {"he", 0x20001}, {"head", 0x8},
    {"health", 0x4}, {"hebron", 0x100}, {"heights", 0x80000}, {"helmand", 0x100},
    {"helsinki", 0x100}, {"her", 0x1}, {"herald", 0x10}, {"herat", 0x100}, {"here", 0x1},
    {"hers", 0x1}, {"herself", 0x1}, {"hezbollah", 0x200}, {"hillary", 0x2000}, {"him", 0x1},
    {"himalayas", 0x100}, {"himself", 0x1}, {"hiroshima", 0x100}, {"his", 0x1}, {"home", 0x4},
    {"homs", 0x100}, {"honduras", 0x100}, {"honolulu", 0x100}, {"host", 0x8}, {"houston", 0x100},
    {"how", 0x1}, {"however", 0x1}, {"hungarian", 0x400}, {"hungary", 0x100}, {"hussein", 0x2000},
    {"hyderabad", 0x100}, {"i", 0x20001}, {"ibm", 0x200}, {"ibn", 0x1000}, {"idaho", 0x100},
    {"idlib", 0x100}, {"if", 0x1}, {"igor", 0x2000}, {"illinois", 0x100}, {"image", 0x1},
    {"in", 0x1}, {"inc", 0x4010}, {"including", 0x1}, {"indeed", 0x1}, {"india", 0x100},
    {"indian", 0x400}, {"indiana", 0x100}, {"indonesia", 0x100}, {"indonesian", 0x400},
    {"inside", 0x1}, {"insider", 0x10000}, {"insiders", 0x10000}, {"insisted", 0x8000},
    {"insisting", 0x8000}, {"insists", 0x8000}, {"instead", 0x1}, {"institute", 0x10},
    {"intel", 0x200}, {"interfax", 0x200}, {"interior", 0x4}, {"international", 0x10},
    {"into", 0x1}, {"iowa", 0x100}, {"iran", 0x100}, {"iranian", 0x400}, {"iraq", 0x100},
    {"iraqi", 0x400}, {"ireland", 0x100}, {"irish", 0x400}, {"is", 0x1}, {"isil", 0x200},
    {"isis", 0x200}, {"islamabad", 0x100}, {"islamic", 0x400}, {"island", 0x80080},
    {"islands", 0x80080}, {"israel", 0x100}, {"israeli", 0x400}, {"istanbul", 0x100},
    {"it", 0x20001}, {"italian", 0x400}, {"italy", 0x100}, {"itar-tass", 0x200}, {"its", 0x1},
    {"itself", 0x1}, {"ivan", 0x2000}, {"jack", 0x2000}, {"jakarta", 0x100}, {"james", 0x2000},
    {"jan", 0x4000}, {"jane", 0x2000}, {"january", 0x40000}, {"japan", 0x100}, {"japanese", 0x400},
    {"jean", 0x2000}, {"jean-marc", 0x2000}, {"jeb", 0x2000}, {"jeddah", 0x100}, {"jeff", 0x2000},
    {"jennifer", 0x2000}, {"jerusalem", 0x100}, {"jewish", 0x400}, {"jim", 0x2000}, {"joe", 0x2000},
    {"johannesburg", 0x100}, {"john", 0x2000}, {"joked", 0x8000}, {"jordan", 0x100},
    {"jordanian", 0x400}, {"jose", 0x2000}, {"joseph", 0x2000}, {"journal", 0x10},
    {"journalist", 0x8}, {"jr", 0x4000}, {"juan", 0x2000}, {"judge", 0xa}, {"jul", 0x4000},
    {"julia", 0x2000}, {"july", 0x40000}, {"jun", 0x4000}, {"june", 0x40000}, {"just", 0x1},
    {"justice", 0x6}, {"kabul", 0x100}, {"kampala", 0x100}, {"kandahar", 0x100}, {"kansas", 0x100},
    {"karachi", 0x100}, {"kashmir", 0x100}, {"kathmandu", 0x100}, {"kazakh", 0x400},
    {"kazakhstan", 0x100}, {"kentucky", 0x100}, {"kenya", 0x100}, {"kenyan", 0x400},
    {"kevin", 0x2000}, {"kiev", 0x100}, {"king", 0x2}, {"kinshasa", 0x100}, {"kobani", 0x100},
    {"kolkata", 0x100}, {"korean", 0x400}, {"kosovo", 0x100}, {"kowloon", 0x100}, {"krakow", 0x100},
    {"kremlin", 0x200}, {"kunduz", 0x100}, {"kurdish", 0x400}, {"kurdistan", 0x100},
    {"kuwait", 0x100}, {"kuwaiti", 0x400}, {"kyiv", 0x100}, {"kyodo", 0x200}, {"la", 0x1000},
    {"lagos", 0x100}, {"lahore", 0x100}, {"lake", 0x80080}, {"lamented", 0x8000}, {"laos", 0x100},
    {"last", 0x1}, {"latakia", 0x100}, {"later", 0x1}, {"latvia", 0x100}, {"latvian", 0x400},
    {"laurent", 0x2000}, {"lawmaker", 0x8}, {"lawyer", 0x8}, {"le", 0x1000}, {"leader", 0x8},
    {"league", 0x10}, {"least", 0x1}, {"lebanese", 0x400}, {"lebanon", 0x100}, {"leeds", 0x100},
    {"legislator", 0x8}, {"less", 0x1}, {"let", 0x1}, {"lhasa", 0x100}, {"liberal", 0x400},
    {"liberals", 0x400}, {"libya", 0x100}, {"libyan", 0x400}, {"lieut", 0x2}, {"lieutenant", 0x4},
    {"like", 0x1}, {"lima", 0x100}, {"lindsey", 0x2000}, {"lisbon", 0x100}, {"lithuania", 0x100},
    {"lithuanian", 0x400}, {"liverpool", 0x100}, {"lombardy", 0x100}, {"london", 0x100},
    {"lord", 0x2}, {"louisiana", 0x100}, {"lt", 0x4002}, {"ltd", 0x4010}, {"luhansk", 0x100},
    {"lyon", 0x100}, {"madrid", 0x100}, {"magazine", 0x50}, {"maine", 0x100},
    {"maintained", 0x8000}, {"maintains", 0x8000}, {"maj", 0x4002}, {"major", 0x2},
    {"malaysia", 0x100}, {"malaysian", 0x400}, {"mali", 0x100}, {"manager", 0x8},
    {"manchester", 0x100}, {"manila", 0x100}, {"manitoba", 0x100}, {"many", 0x1}, {"mar", 0x4000},
    {"march", 0x40000}, {"marco", 0x2000}, {"maria", 0x2000}, {"mark", 0x2000},
    {"marseille", 0x100}, {"martin", 0x2000}, {"mary", 0x2000}, {"maryland", 0x100},
    {"massachusetts", 0x100}, {"may", 0x40001}, {"maybe", 0x1}, {"mayor", 0xa}, {"me", 0x1},
    {"meanwhile", 0x1}, {"mecca", 0x100}, {"media", 0x10}, {"medina", 0x100},
    {"mediterranean", 0x100}, {"melbourne", 0x100}, {"mentioned", 0x8000}, {"mexican", 0x400},
    {"mexico", 0x100}, {"miami", 0x100}, {"michael", 0x2000}, {"michelle", 0x2000},
    {"michigan", 0x100}, {"microsoft", 0x200}, {"might", 0x1}, {"mike", 0x2000}, {"milan", 0x100},
    {"military", 0x20}, {"minister", 0xa}, {"ministry", 0x30}, {"minneapolis", 0x100},
    {"minnesota", 0x100}, {"minsk", 0x100}, {"mississippi", 0x100}, {"missouri", 0x100},
    {"mitt", 0x2000}, {"mogadishu", 0x100}, {"mohammad", 0x2000}, {"mohammed", 0x2000},
    {"moldova", 0x100}, {"mombasa", 0x100}, {"monday", 0x40000}, {"mongolia", 0x100},
    {"montana", 0x100}, {"montenegro", 0x100}, {"montreal", 0x100}, {"more", 0x1},
    {"moreover", 0x1}, {"moroccan", 0x400}, {"morocco", 0x100}, {"moscow", 0x100},
    {"mosque", 0x80000}, {"most", 0x1}, {"mosul", 0x100}, {"mountain", 0x80080},
    {"mountains", 0x80080}, {"movement", 0x10}, {"mr", 0x4002}, {"mrs", 0x4002}, {"ms", 0x4002},
    {"mt", 0x4000}, {"much", 0x1}, {"muhammad", 0x2000}, {"mumbai", 0x100}, {"munich", 0x100},
    {"muslim", 0x400}, {"must", 0x1}, {"my", 0x1}, {"myanmar", 0x100}, {"nairobi", 0x100},
    {"nancy", 0x2000}, {"naples", 0x100}, {"nasa", 0x200}, {"nashville", 0x100}, {"nations", 0x10},
    {"nato", 0x200}, {"navy", 0x30}, {"nebraska", 0x100}, {"negotiator", 0x8}, {"neither", 0x1},
    {"nepal", 0x100}, {"netflix", 0x200}, {"netherlands", 0x100}, {"network", 0x50},
    {"nevada", 0x100}, {"never", 0x1}, {"nevertheless", 0x1}, {"newark", 0x100}, {"news", 0x10},
    {"newspaper", 0x40}, {"next", 0x1}, {"nicaragua", 0x100}, {"nicolas", 0x2000}, {"niger", 0x100},
    {"nigeria", 0x100}, {"nigerian", 0x400}, {"no", 0x4001}, {"nominee", 0x8}, {"none", 0x1},
    {"nor", 0x1}, {"normandy", 0x100}, {"north", 0x800}, {"northeast", 0x800},
    {"northeastern", 0x800}, {"northern", 0xc00}, {"northwest", 0x800}, {"northwestern", 0x800},
    {"norway", 0x100}, {"norwegian", 0x400}, {"not", 0x1}, {"note", 0x8001}, {"noted", 0x8000},
    {"notes", 0x8000}, {"nothing", 0x1}, {"noting", 0x8000}, {"nov", 0x4000}, {"november", 0x40000},
    {"now", 0x1}, {"observed", 0x8000}, {"observer", 0x10}, {"ocean", 0x80000}, {"oct", 0x4000},
    {"october", 0x40000}, {"odessa", 0x100}, {"of", 0x1}, {"off", 0x1}, {"office", 0x10},
    {"officer", 0x8}, {"official", 0x10008}, {"officials", 0x10000}, {"ohio", 0x100},
    {"oklahoma", 0x100}, {"olga", 0x2000}, {"olympics", 0x100000}, {"oman", 0x100},
    {"omar", 0x2000}, {"on", 0x1}, {"once", 0x1}, {"one", 0x1}, {"only", 0x1}, {"ontario", 0x100},
    {"opec", 0x200}, {"or", 0x1}, {"oregon", 0x100}, {"organisation", 0x50}, {"organization", 0x50},
    {"osaka", 0x100}, {"oslo", 0x100}, {"other", 0x1}, {"others", 0x1}, {"otherwise", 0x1},
    {"ottawa", 0x100}, {"our", 0x1}, {"ours", 0x1}, {"out", 0x1}, {"outlet", 0x40},
    {"outside", 0x1}, {"over", 0x1}, {"own", 0x1}, {"pakistan", 0x100}, {"pakistani", 0x400},
    {"palace", 0x80000}, {"palestine", 0x100}, {"palestinian", 0x400}, {"palmyra", 0x100},
    {"panama", 0x100}, {"paraguay", 0x100}, {"paris", 0x100}, {"park", 0x80000},
    {"parliament", 0x30}, {"party", 0x50}, {"patagonia", 0x100}, {"paul", 0x2000},
    {"peninsula", 0x80080}, {"pennsylvania", 0x100}, {"pentagon", 0x200}, {"perhaps", 0x1},
    {"persian", 0x400}, {"perth", 0x100}, {"peru", 0x100}, {"peter", 0x2000},
    {"philadelphia", 0x100}, {"philippines", 0x100}, {"phoenix", 0x100}, {"photo", 0x1},
    {"pittsburgh", 0x100}, {"plaza", 0x80000}, {"please", 0x1}, {"pledged", 0x8000},
    {"poland", 0x100}, {"police", 0x10}, {"polish", 0x400}, {"pope", 0x2}, {"port", 0x80000},
    {"porto", 0x100}, {"portugal", 0x100}, {"portuguese", 0x400}, {"post", 0x10}, {"prague", 0x100},
    {"predicted", 0x8000}, {"premier", 0x2}, {"president", 0xa}, {"president-elect", 0x2},
    {"press", 0x10}, {"pretoria", 0x100}, {"prime", 0x4}, {"prince", 0x2}, {"princess", 0x2},
    {"principal", 0x4}, {"prof", 0x4002}, {"professor", 0xa}, {"promised", 0x8000},
    {"prosecutor", 0x8}, {"provence", 0x100}, {"province", 0x80080}, {"punjab", 0x100},
    {"pyongyang", 0x100}, {"qatar", 0x100}, {"qatari", 0x400}, {"quebec", 0x100}, {"queen", 0x2},
    {"queensland", 0x100}, {"quipped", 0x8000}, {"quito", 0x100}, {"rabat", 0x100}, {"rabbi", 0x2},
    {"radio", 0x50}, {"ramadan", 0x40000}, {"rand", 0x2000}, {"rangoon", 0x100},
    {"rapporteur", 0x8}, {"raqqa", 0x100}, {"rather", 0x1}, {"recalled", 0x8000},
    {"recalls", 0x8000}, {"recounted", 0x8000}, {"regime", 0x30}, {"region", 0x80080},
    {"reiterated", 0x8000}, {"related", 0x1}, {"remarked", 0x8000}, {"rep", 0x4002},
    {"replied", 0x8000}, {"replies", 0x8000}, {"reported", 0x8000}, {"reporting", 0x1},
    {"reports", 0x8000}, {"representative", 0xa}, {"republican", 0x400}, {"republicans", 0x400},
    {"researcher", 0x8}, {"responded", 0x8000}, {"responds", 0x8000}, {"reuters", 0x200},
    {"rev", 0x4002}, {"reverend", 0x2}, {"review", 0x10}, {"richard", 0x2000}, {"rival", 0x8},
    {"river", 0x80080}, {"riyadh", 0x100}, {"road", 0x80000}, {"robert", 0x2000},
    {"romania", 0x100}, {"romanian", 0x400}, {"rome", 0x100}, {"ron", 0x2000}, {"rotterdam", 0x100},
    {"russia", 0x100}, {"russian", 0x400}, {"rwanda", 0x100}, {"sacramento", 0x100},
    {"sahara", 0x100}, {"said", 0x8000}, {"salzburg", 0x100}, {"same", 0x1}, {"samsung", 0x200},
    {"sanaa", 0x100}, {"santiago", 0x100}, {"sarah", 0x2000}, {"sarajevo", 0x100},
    {"sardinia", 0x100}, {"saskatchewan", 0x100}, {"saturday", 0x40000}, {"saudi", 0x400},
    {"say", 0x8000}, {"saying", 0x8000}, {"says", 0x8000}, {"scandinavia", 0x100}, {"school", 0x10},
    {"scotland", 0x100}, {"scottish", 0x400}, {"sea", 0x80080}, {"seattle", 0x100},
    {"secretary", 0xa}, {"secretary-general", 0x2}, {"sen", 0x4002}, {"senate", 0x10},
    {"senator", 0xa}, {"senegal", 0x100}, {"senior", 0x4}, {"seoul", 0x100}, {"sep", 0x4000},
    {"sept", 0x4000}, {"september", 0x40000}, {"serb", 0x400}, {"serbia", 0x100},
    {"serbian", 0x400}, {"sergeant", 0x2}, {"sergei", 0x2000}, {"sergey", 0x2000},
    {"service", 0x10}, {"services", 0x10}, {"several", 0x1}, {"seville", 0x100}, {"sgt", 0x4002},
    {"shanghai", 0x100}, {"share", 0x1}, {"she", 0x20001}, {"sheikh", 0x2}, {"shenzhen", 0x100},
    {"shia", 0x400}, {"shiite", 0x400}, {"should", 0x1}, {"shouted", 0x8000}, {"siberia", 0x100},
    {"sicily", 0x100}, {"sign", 0x1}, {"sinai", 0x100}, {"since", 0x1}, {"sindh", 0x100},
    {"singapore", 0x100}, {"sir", 0x2}, {"skopje", 0x100}, {"slovak", 0x400}, {"slovakia", 0x100},
    {"slovenia", 0x100}, {"so", 0x1}, {"society", 0x10}, {"sofia", 0x100}, {"somali", 0x400},
    {"somalia", 0x100}, {"some", 0x1}, {"someone", 0x1}, {"something", 0x1}, {"sony", 0x200},
    {"soon", 0x1}, {"source", 0x10000}, {"sources", 0x10000}, {"south", 0x800},
    {"southeast", 0x800}, {"southeastern", 0x800}, {"southern", 0xc00}, {"southwest", 0x800},
    {"southwestern", 0x800}, {"soviet", 0x400}, {"spain", 0x100}, {"spanish", 0x400},
    {"speaker", 0xa}, {"special", 0x4}, {"spokesman", 0x1000a}, {"spokesperson", 0x1000a},
    {"spokeswoman", 0x1000a}, {"square", 0x80000}, {"sr", 0x4000}, {"srinagar", 0x100},
    {"st", 0x4000}, {"stadium", 0x80000}, {"staffan", 0x2000}, {"state", 0x4}, {"stated", 0x8000},
    {"states", 0x8000}, {"station", 0x80040}, {"stephen", 0x2000}, {"steve", 0x2000},
    {"still", 0x1}, {"stockholm", 0x100}, {"strait", 0x80080}, {"strategist", 0xa},
    {"street", 0x80000}, {"stressed", 0x8000}, {"stresses", 0x8000}, {"stressing", 0x8000},
    {"strongman", 0x8}, {"student", 0x8}, {"stuttgart", 0x100}, {"subscribe", 0x1}, {"such", 0x1},
    {"sudan", 0x100}, {"sudanese", 0x400}, {"suggested", 0x8000}, {"suggesting", 0x8000},
    {"suggests", 0x8000}, {"sultan", 0x2}, {"summit", 0x100000}, {"sunday", 0x40000},
    {"sunni", 0x400}, {"superintendent", 0x2}, {"susan", 0x2000}, {"sweden", 0x100},
    {"swedish", 0x400}, {"swiss", 0x400}, {"switzerland", 0x100}, {"sydney", 0x100},
    {"syria", 0x100}, {"syrian", 0x400}, {"taipei", 0x100}, {"taiwan", 0x100}, {"taiwanese", 0x400},
    {"tajikistan", 0x100}, {"taliban", 0x200}, {"tallinn", 0x100}, {"tartus", 0x100},
    {"tashkent", 0x100}, {"tasmania", 0x100}, {"tass", 0x200}, {"tbilisi", 0x100}, {"teacher", 0x8},
    {"ted", 0x2000}, {"tehran", 0x100}, {"telegraph", 0x10}, {"television", 0x40}, {"tell", 0x8000},
    {"telling", 0x8000}, {"tells", 0x8000}, {"temple", 0x80000}, {"tennessee", 0x100},
    {"testified", 0x8000}, {"texas", 0x100}, {"thai", 0x400}, {"thailand", 0x100}, {"than", 0x1},
    {"that", 0x1}, {"the", 0x1}, {"their", 0x1}, {"theirs", 0x1}, {"them", 0x1},
    {"themselves", 0x1}, {"then", 0x1}, {"there", 0x1}, {"thereby", 0x1}, {"therefore", 0x1},
    {"theresa", 0x2000}, {"these", 0x1}, {"they", 0x20001}, {"this", 0x1}, {"thomas", 0x2000},
    {"those", 0x1}, {"though", 0x1}, {"through", 0x1}, {"throughout", 0x1}, {"thursday", 0x40000},
    {"thus", 0x1}, {"tibet", 0x100}, {"tijuana", 0x100}, {"tikrit", 0x100}, {"tim", 0x2000},
    {"times", 0x10}, {"tirana", 0x100}, {"to", 0x1}, {"today", 0x1}, {"together", 0x1},
    {"tokyo", 0x100}, {"told", 0x8000}, {"tom", 0x2000}, {"tomorrow", 0x1}, {"tonight", 0x1},
    {"too", 0x1}, {"toronto", 0x100}, {"toulouse", 0x100}, {"tournament", 0x100000},
    {"toward", 0x1}, {"towards", 0x1}, {"tower", 0x80000}, {"towers", 0x80000}, {"town", 0x80000},
    {"toyota", 0x200}, {"trade", 0x4}, {"tribunal", 0x10}, {"tribune", 0x10}, {"tripoli", 0x100},
    {"tucson", 0x100}, {"tuesday", 0x40000}, {"tunis", 0x100}, {"tunisia", 0x100},
    {"tunisian", 0x400}, {"turin", 0x100}, {"turkey", 0x100}, {"turkish", 0x400},
    {"turkmenistan", 0x100}, {"tuscany", 0x100}, {"tv", 0x50}, {"tweeted", 0x8000},
    {"tweets", 0x8000}, {"twitter", 0x200}, {"u.k", 0x4000}, {"u.n", 0x4000}, {"u.s", 0x4000},
    {"ubisoft", 0x200}, {"uganda", 0x100}, {"ukraine", 0x100}, {"ukrainian", 0x400},
    {"ulaanbaatar", 0x100}, {"under", 0x5}, {"unesco", 0x200}, {"unicef", 0x200}, {"union", 0x10},
    {"university", 0x10}, {"unless", 0x1}, {"unlike", 0x1}, {"until", 0x1}, {"up", 0x1},
    {"update", 0x1}, {"updated", 0x1}, {"upon", 0x1}, {"urged", 0x8000}, {"urges", 0x8000},
    {"urging", 0x8000}, {"uruguay", 0x100}, {"utah", 0x100}, {"uzbek", 0x400},
    {"uzbekistan", 0x100}, {"valencia", 0x100}, {"valley", 0x80080}, {"van", 0x1000},
    {"vancouver", 0x100}, {"venezuela", 0x100}, {"venezuelan", 0x400}, {"venice", 0x100},
    {"vermont", 0x100}, {"via", 0x1}, {"vice", 0x4}, {"video", 0x1}, {"vienna", 0x100},
    {"vietnam", 0x100}, {"vietnamese", 0x400}, {"village", 0x80000}, {"vilnius", 0x100},
    {"virginia", 0x100}, {"vladimir", 0x2000}, {"von", 0x1000}, {"vowed", 0x8000}, {"vs", 0x4000},
    {"wales", 0x100}, {"wallonia", 0x100}, {"war", 0x100000}, {"warned", 0x8000},
    {"warning", 0x8000}, {"warns", 0x8000}, {"warsaw", 0x100}, {"was", 0x1}, {"washington", 0x100},
    {"watch", 0x11}, {"we", 0x20001}, {"website", 0x40}, {"wednesday", 0x40000}, {"weekly", 0x10},
    {"well", 0x1}, {"wellington", 0x100}, {"welsh", 0x400}, {"were", 0x1}, {"west", 0x800},
    {"western", 0xc00}, {"what", 0x1}, {"whatever", 0x1}, {"when", 0x1}, {"whenever", 0x1},
    {"where", 0x1}, {"whereas", 0x1}, {"whether", 0x1}, {"which", 0x1}, {"while", 0x1},
    {"whitehall", 0x200}, {"who", 0x1}, {"whoever", 0x1}, {"whom", 0x1}, {"whose", 0x1},
    {"why", 0x1}, {"wikinews", 0x200}, {"wikipedia", 0x200}, {"will", 0x1}, {"william", 0x2000},
    {"winnipeg", 0x100}, {"wisconsin", 0x100}, {"with", 0x1}, {"within", 0x1}, {"without", 0x1},
    {"witness", 0x10000}, {"witnesses", 0x10000}, {"would", 0x1}, {"writer", 0x8},
    {"writes", 0x8000}, {"writing", 0x8000}, {"wrote", 0x8000}, {"wuhan", 0x100},
    {"wyoming", 0x100}, {"xi", 0x2000}, {"xinhua", 0x200}, {"xinjiang", 0x100}, {"yangon", 0x100},
    {"yelled", 0x8000}, {"yemen", 0x100}, {"yemeni", 0x400}, {"yerevan", 0x100}, {"yes", 0x1},
    {"yesterday", 0x1}, {"yet", 0x1}, {"yonhap", 0x200}, {"you", 0x1}, {"your", 0x1},
    {"yours", 0x1}, {"youtube", 0x200}, {"yuri", 0x2000}, {"zagreb", 0x100}, {"zimbabwe", 0x100},
    {"zurich", 0x100},
};

static const unsigned short wl_slots[4096] = {
    0, 0, 0, 940, 0, 0, 0, 0, 1204, 0, 0, 814, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1144, 0, 0, 0, 0, 872,
    949, 0, 0, 0, 0, 0, 190, 0, 0, 0, 782, 0, 0, 0, 710, 0, 1029, 0, 0, 0, 53, 959, 0, 0, 0, 0, 0,
    677, 0, 0, 0, 0, 0, 0, 0, 0, 1121, 0, 43, 0, 0, 834, 0, 0, 424, 0, 611, 0, 0, 100, 618, 0, 0, 0,
    0, 0, 0, 1260, 653, 0, 0, 0, 0, 0, 0, 361, 0, 0, 0, 879, 0, 0, 0, 663, 0, 0, 77, 890, 0, 0, 497,
    776, 0, 0, 0, 0, 0, 0, 0, 492, 377, 0, 0, 0, 0, 1253, 0, 0, 996, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    846, 406, 0, 0, 122, 0, 0, 145, 209, 0, 0, 0, 324, 435, 1367, 132, 335, 0, 0, 1369, 0, 0, 0,
    703, 0, 815, 0, 0, 1289, 0, 522, 0, 973, 0, 869, 0, 0, 0, 0, 137, 0, 0, 1080, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 247, 0, 0, 0, 312, 694, 317, 898, 0, 0, 0, 0, 981, 660, 391, 561, 0, 0, 1248, 0, 156,
    0, 0, 0, 0, 0, 0, 0, 1156, 0, 0, 0, 0, 845, 0, 0, 0, 0, 0, 484, 0, 0, 946, 923, 1001, 0, 0, 0,
    0, 0, 1067, 758, 0, 183, 1209, 0, 0, 714, 764, 168, 0, 736, 0, 0, 0, 0, 0, 99, 0, 0, 0, 0, 23,
    307, 322, 1240, 0, 0, 0, 0, 27, 1211, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 386, 984, 0, 62, 0,
    1145, 0, 0, 0, 15, 0, 1106, 1033, 340, 413, 0, 531, 1321, 0, 0, 0, 0, 461, 813, 0, 0, 0, 0, 232,
    0, 0, 0, 0, 0, 0, 1041, 1083, 0, 0, 280, 662, 0, 0, 0, 0, 1307, 329, 0, 0, 0, 0, 0, 1271, 1353,
    0, 0, 0, 0, 1061, 181, 0, 464, 0, 0, 0, 1265, 76, 0, 0, 1002, 847, 523, 0, 0, 0, 0, 0, 0, 0,
    627, 502, 0, 0, 521, 565, 383, 0, 0, 0, 0, 0, 0, 1359, 215, 0, 0, 0, 610, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 649, 767, 0, 0, 0, 0, 121, 328, 854, 1299, 0, 0, 0, 71, 0, 0, 0, 744, 0, 0, 0, 0, 22, 0,
    687, 0, 928, 0, 0, 0, 0, 0, 0, 0, 392, 0, 0, 0, 0, 0, 0, 0, 0, 921, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    783, 858, 0, 0, 962, 832, 0, 0, 645, 1139, 289, 256, 1336, 780, 1040, 0, 409, 1019, 593, 0, 0,
    642, 837, 0, 0, 0, 0, 0, 0, 716, 69, 997, 0, 0, 0, 0, 0, 807, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 81, 1311, 0, 0, 0, 0, 102, 1054, 0, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 746, 151,
    0, 0, 0, 0, 0, 0, 0, 0, 918, 0, 0, 0, 0, 95, 425, 0, 0, 0, 0, 0, 0, 1194, 911, 477, 0, 556, 0,
    33, 1283, 0, 0, 0, 0, 1313, 0, 358, 0, 0, 0, 0, 1095, 0, 0, 0, 0, 0, 0, 0, 0, 196, 0, 0, 0, 415,
    1186, 4, 0, 0, 754, 292, 1127, 0, 904, 1051, 1124, 0, 211, 0, 0, 0, 1213, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 239, 182, 0, 0, 0, 0, 1065, 1128, 895, 0, 426, 0, 0, 0, 1047, 0, 0, 955, 0, 0, 0,
    0, 0, 633, 0, 0, 18, 321, 0, 180, 421, 0, 0, 91, 0, 0, 0, 0, 0, 1206, 0, 0, 934, 0, 0, 0, 0, 0,
    0, 0, 1053, 0, 562, 1232, 0, 0, 0, 0, 1290, 0, 463, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 380, 640, 0,
    261, 689, 85, 954, 0, 0, 0, 768, 1375, 1006, 0, 116, 0, 0, 0, 0, 751, 0, 713, 0, 0, 936, 111,
    729, 0, 0, 1221, 0, 0, 0, 0, 1269, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1335, 0, 0, 0, 51, 986, 0,
    0, 304, 0, 0, 0, 0, 0, 602, 0, 0, 0, 571, 155, 974, 1017, 0, 80, 231, 1081, 0, 0, 241, 615, 617,
    1154, 460, 1308, 0, 0, 0, 0, 0, 1130, 0, 608, 0, 0, 0, 777, 0, 0, 0, 0, 0, 0, 0, 862, 1320, 0,
    0, 0, 0, 35, 0, 0, 0, 114, 985, 0, 0, 0, 0, 0, 0, 0, 0, 860, 0, 0, 1104, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 400, 1278, 1366, 827, 0, 558, 0, 1193, 733, 0, 0, 213, 412, 0, 376, 0, 0, 1003, 0, 0, 913, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 189, 1242, 0, 0, 0, 0, 495, 0, 310, 712, 325, 0, 0, 0, 0,
    0, 0, 0, 0, 174, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1217, 0, 0, 351, 1055, 0, 0, 0, 474, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 142, 1196, 0, 0, 0, 774, 671, 545, 0, 490, 893, 1306, 0, 0, 185, 0,
    0, 0, 87, 0, 479, 0, 0, 0, 0, 0, 0, 0, 0, 360, 1251, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 221, 0, 0,
    797, 0, 0, 55, 0, 318, 0, 0, 0, 454, 0, 1111, 0, 0, 542, 0, 0, 0, 867, 960, 1249, 0, 0, 0, 1169,
    0, 0, 0, 0, 0, 0, 0, 387, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 223, 680, 868, 935, 0, 235,
    1312, 0, 1101, 625, 889, 1064, 465, 0, 0, 144, 589, 0, 0, 0, 0, 0, 980, 0, 0, 0, 0, 455, 0, 0,
    0, 0, 0, 0, 852, 810, 264, 539, 719, 1097, 1287, 0, 0, 0, 547, 0, 548, 0, 0, 287, 404, 0, 0, 0,
    0, 0, 314, 349, 554, 622, 0, 0, 0, 0, 0, 765, 823, 829, 1098, 1374, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 276, 740, 1174, 688, 1208, 0, 0, 0, 281, 1324, 0, 0, 491, 0, 0, 1066, 0, 0, 0, 0, 0, 1190, 0,
    0, 1140, 0, 0, 0, 0, 0, 291, 0, 0, 1233, 0, 590, 0, 0, 0, 109, 0, 0, 0, 0, 0, 0, 1052, 0, 0, 0,
    418, 1328, 1339, 0, 0, 208, 0, 0, 0, 1187, 781, 1234, 0, 619, 0, 0, 245, 1268, 0, 0, 1141, 0, 0,
    0, 0, 290, 0, 229, 1273, 0, 0, 804, 983, 0, 1112, 199, 0, 0, 0, 0, 0, 0, 1361, 0, 253, 0, 763,
    0, 0, 992, 1025, 924, 587, 564, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 970, 0, 0, 0, 639, 0, 761,
    1092, 0, 0, 0, 0, 0, 786, 840, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 161, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 191, 0, 0, 1303, 675, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 240, 0, 0, 0, 0, 0, 0, 0, 0, 0, 306, 0, 0, 0, 0, 0, 0, 389, 0, 0, 0, 0, 0, 0, 0, 0, 107, 339,
    0, 1245, 139, 258, 1246, 0, 1205, 0, 801, 0, 1215, 169, 0, 679, 514, 0, 0, 0, 0, 0, 0, 0, 500,
    0, 1327, 0, 0, 0, 0, 0, 0, 0, 1326, 0, 0, 1034, 0, 0, 550, 1356, 0, 0, 0, 0, 0, 0, 0, 58, 0, 0,
    60, 0, 0, 0, 982, 1120, 1274, 0, 0, 0, 0, 0, 0, 0, 977, 570, 0, 0, 372, 390, 1207, 0, 0, 396, 0,
    61, 1060, 0, 381, 0, 186, 0, 516, 1151, 0, 0, 41, 0, 59, 1182, 0, 0, 0, 0, 149, 0, 0, 254, 0, 0,
    299, 408, 1148, 237, 1200, 1069, 0, 795, 690, 0, 0, 260, 0, 1351, 0, 624, 1173, 0, 566, 728, 0,
    407, 0, 0, 453, 0, 0, 0, 963, 0, 0, 822, 0, 0, 0, 966, 0, 402, 0, 0, 0, 512, 1279, 136, 833,
    1362, 0, 0, 1100, 0, 0, 1365, 0, 0, 0, 0, 1178, 0, 0, 0, 0, 0, 0, 581, 569, 656, 0, 0, 0, 0,
    647, 658, 0, 456, 573, 0, 0, 691, 739, 0, 1102, 652, 0, 440, 994, 0, 0, 0, 422, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 488, 574, 1319, 0, 0, 532, 0, 0, 534, 552, 864, 1280, 26, 541, 0, 0, 0,
    0, 0, 0, 1316, 0, 106, 0, 285, 1254, 0, 0, 644, 0, 0, 0, 766, 0, 0, 0, 0, 0, 0, 0, 0, 0, 471, 0,
    0, 0, 708, 925, 0, 1026, 0, 669, 419, 779, 469, 582, 275, 1113, 0, 978, 1302, 154, 0, 0, 0, 0,
    0, 0, 0, 0, 771, 841, 1031, 0, 0, 206, 0, 210, 0, 533, 0, 0, 0, 0, 848, 0, 0, 902, 0, 0, 0, 0,
    877, 1027, 0, 0, 32, 120, 0, 0, 84, 0, 0, 0, 0, 0, 0, 778, 0, 0, 0, 0, 0, 0, 13, 0, 0, 0, 0, 0,
    769, 1150, 0, 0, 0, 0, 0, 1119, 805, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1259, 0, 1252, 0, 1076, 104,
    730, 219, 476, 1203, 0, 0, 0, 755, 635, 0, 697, 0, 915, 0, 0, 0, 0, 0, 825, 0, 101, 447, 0, 0,
    0, 467, 0, 0, 0, 0, 0, 0, 0, 1077, 0, 0, 1202, 140, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1163, 0, 499, 0,
    0, 0, 0, 941, 0, 0, 0, 0, 0, 0, 305, 681, 0, 0, 1032, 527, 670, 0, 1149, 0, 1239, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 96, 184, 6, 1357, 1370, 1376, 0, 0, 0, 128, 0, 0, 0, 819, 0, 0, 0,
    0, 21, 762, 1184, 0, 0, 0, 0, 1235, 0, 844, 0, 1038, 334, 0, 930, 937, 0, 0, 0, 399, 506, 1013,
    972, 1074, 0, 557, 0, 0, 0, 0, 0, 0, 0, 634, 0, 0, 720, 246, 748, 945, 0, 19, 0, 8, 0, 0, 636,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1267, 717, 0, 0, 0, 0, 0, 0, 0, 1352, 0, 0, 42, 0, 162, 1337, 450, 0,
    0, 0, 0, 0, 11, 64, 715, 808, 707, 578, 0, 668, 1020, 0, 686, 501, 1261, 1286, 0, 0, 0, 0, 458,
    0, 353, 0, 0, 1230, 0, 604, 601, 0, 0, 0, 0, 0, 0, 0, 0, 159, 927, 1160, 572, 0, 1042, 1276, 0,
    0, 0, 0, 52, 802, 597, 1216, 0, 0, 0, 0, 0, 0, 0, 1137, 0, 1236, 148, 0, 0, 1275, 0, 673, 806,
    0, 1117, 504, 0, 410, 70, 0, 0, 798, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1132, 0, 0, 0, 0, 384, 86, 530,
    0, 0, 0, 0, 0, 347, 0, 0, 25, 153, 193, 1340, 0, 0, 0, 0, 238, 1300, 888, 891, 1168, 0, 0, 0,
    266, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1071, 1333, 0, 0, 0, 0, 0, 0, 0, 0, 486,
    1371, 0, 0, 0, 0, 0, 0, 1183, 0, 0, 0, 0, 0, 0, 0, 1005, 0, 0, 0, 0, 0, 791, 0, 0, 796, 0, 0,
    968, 0, 718, 0, 0, 0, 272, 432, 0, 0, 0, 0, 0, 800, 1343, 0, 705, 0, 0, 503, 0, 0, 752, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 626, 0, 0, 0, 0, 509, 0, 1024, 1162, 0, 1197, 0, 0, 1030, 252, 0,
    496, 1048, 1175, 0, 7, 0, 0, 1126, 0, 0, 861, 1085, 0, 0, 105, 1281, 0, 0, 0, 0, 0, 0, 637, 0,
    0, 1153, 518, 0, 0, 0, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 466, 397, 0, 1044, 0, 0, 702, 0, 0,
    0, 0, 685, 0, 0, 0, 0, 126, 1220, 0, 348, 0, 0, 0, 0, 0, 0, 0, 0, 0, 489, 1109, 0, 0, 141, 0,
    433, 0, 0, 0, 0, 0, 0, 0, 331, 74, 0, 475, 0, 90, 0, 975, 1266, 0, 173, 0, 577, 0, 0, 0, 0, 0,
    505, 0, 0, 0, 0, 0, 352, 515, 0, 0, 0, 10, 0, 0, 0, 700, 0, 0, 0, 0, 0, 651, 0, 0, 0, 0, 0, 0,
    0, 553, 0, 284, 0, 0, 0, 0, 315, 0, 0, 0, 0, 839, 1210, 0, 0, 0, 0, 0, 0, 34, 824, 1277, 480, 0,
    721, 0, 0, 0, 0, 623, 0, 0, 0, 0, 270, 0, 0, 0, 487, 0, 0, 0, 359, 0, 0, 345, 560, 912, 30,
    1014, 216, 112, 354, 0, 0, 97, 0, 0, 0, 605, 1009, 78, 0, 0, 0, 0, 0, 0, 0, 0, 595, 947, 1049,
    0, 0, 0, 462, 0, 308, 0, 195, 0, 0, 0, 0, 0, 0, 0, 0, 92, 224, 373, 0, 0, 0, 0, 1332, 0, 388,
    1125, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1263, 0, 0, 0, 0, 711, 0, 0, 682, 1056, 0, 0, 1058,
    0, 47, 0, 0, 0, 0, 0, 866, 0, 0, 0, 0, 0, 0, 115, 0, 0, 0, 1138, 661, 0, 0, 0, 816, 0, 0, 0, 0,
    0, 1298, 0, 0, 0, 0, 0, 0, 197, 1114, 0, 0, 138, 0, 0, 0, 0, 0, 0, 9, 1082, 0, 0, 0, 0, 393, 0,
    747, 311, 0, 0, 36, 0, 0, 0, 0, 1, 1018, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 630, 0, 0, 957, 0, 0,
    0, 0, 0, 0, 0, 3, 0, 0, 0, 599, 0, 999, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, 1129,
    737, 0, 0, 303, 0, 0, 1350, 0, 876, 234, 356, 591, 905, 956, 0, 1105, 0, 0, 0, 294, 1325, 0, 0,
    0, 726, 1224, 1199, 0, 0, 0, 0, 0, 0, 511, 364, 367, 279, 853, 526, 0, 903, 0, 0, 0, 0, 811, 0,
    0, 202, 0, 0, 657, 0, 881, 0, 0, 0, 0, 788, 0, 0, 0, 0, 0, 790, 1090, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1075, 0, 704, 302, 0, 0, 0, 1322, 722, 1181, 0, 249, 0, 964, 0, 1354, 1212, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 638, 0, 89, 0, 363, 0, 0, 0, 0, 1108, 1329, 0,
    524, 0, 0, 696, 0, 320, 1079, 0, 0, 0, 745, 0, 0, 0, 0, 0, 835, 0, 0, 0, 899, 953, 988, 910, 0,
    0, 0, 0, 900, 0, 995, 0, 951, 0, 0, 0, 0, 0, 0, 0, 603, 1147, 0, 0, 0, 0, 282, 886, 0, 0, 0, 0,
    0, 0, 0, 125, 1180, 0, 470, 0, 0, 692, 742, 0, 0, 0, 0, 0, 961, 452, 0, 0, 0, 0, 403, 1226, 0,
    0, 969, 0, 0, 0, 0, 0, 0, 0, 887, 0, 0, 0, 0, 0, 0, 1000, 0, 0, 1036, 1201, 0, 0, 0, 0, 0, 920,
    609, 0, 965, 683, 958, 0, 0, 908, 0, 724, 0, 0, 0, 0, 0, 0, 0, 0, 0, 129, 147, 207, 330, 880, 0,
    0, 333, 538, 0, 0, 0, 0, 1256, 641, 1297, 1219, 0, 0, 0, 0, 0, 0, 0, 0, 0, 701, 0, 0, 0, 576, 0,
    0, 0, 0, 0, 0, 1011, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 67, 411, 613, 1016, 158, 803, 269, 555,
    1062, 225, 1123, 267, 28, 1334, 606, 0, 0, 273, 0, 0, 0, 672, 0, 583, 1372, 0, 0, 749, 472, 892,
    1285, 1309, 770, 0, 0, 0, 0, 0, 0, 1317, 248, 157, 395, 300, 365, 83, 485, 1231, 0, 0, 0, 0,
    1118, 0, 0, 0, 103, 63, 0, 942, 0, 0, 0, 0, 170, 0, 0, 0, 0, 0, 16, 127, 650, 1264, 0, 1015, 50,
    250, 265, 772, 1229, 0, 0, 0, 0, 0, 976, 0, 0, 200, 799, 1179, 0, 0, 0, 0, 0, 0, 0, 0, 1225, 0,
    738, 0, 0, 0, 598, 1107, 607, 0, 0, 0, 878, 0, 0, 0, 0, 222, 459, 0, 0, 0, 628, 0, 0, 0, 301, 0,
    0, 177, 535, 436, 0, 46, 0, 0, 0, 0, 0, 172, 262, 508, 1068, 1146, 0, 0, 117, 0, 414, 0, 0, 0,
    735, 1272, 0, 0, 0, 204, 0, 0, 133, 0, 0, 1346, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1191, 0, 236,
    0, 160, 0, 0, 0, 1305, 417, 0, 1122, 0, 0, 0, 0, 0, 784, 666, 993, 439, 416, 1007, 1244, 0, 0,
    1086, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 343, 0, 0, 922, 0, 0, 0, 1159, 0, 0, 0, 244, 884,
    1227, 655, 592, 1293, 1170, 0, 0, 0, 0, 445, 0, 0, 420, 0, 0, 341, 0, 0, 0, 0, 1237, 0, 0, 1284,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 943, 0, 0, 0, 580, 0, 374, 513, 0, 0, 0, 0, 0, 0, 0, 0, 498, 0, 1087,
    0, 0, 0, 0, 313, 743, 176, 1088, 1012, 1188, 0, 0, 0, 371, 0, 0, 0, 0, 316, 0, 0, 0, 468, 0, 0,
    0, 0, 0, 230, 0, 1262, 0, 0, 0, 0, 366, 543, 65, 0, 0, 0, 0, 0, 0, 0, 357, 1167, 0, 0, 0, 1270,
    0, 0, 0, 0, 1131, 0, 118, 493, 517, 830, 0, 0, 0, 0, 0, 0, 0, 0, 0, 326, 375, 760, 0, 0, 906,
    631, 0, 1094, 0, 0, 428, 0, 0, 0, 0, 759, 0, 0, 0, 263, 0, 0, 218, 0, 0, 378, 1116, 0, 0, 217,
    0, 0, 0, 0, 0, 1142, 5, 93, 0, 0, 787, 0, 0, 0, 0, 1133, 283, 1291, 0, 0, 0, 1177, 971, 437,
    1157, 1192, 75, 150, 494, 0, 0, 0, 0, 0, 0, 0, 967, 0, 1084, 0, 0, 0, 446, 1373, 0, 448, 0, 0,
    0, 203, 12, 39, 838, 1078, 0, 79, 0, 871, 0, 0, 0, 0, 0, 0, 0, 0, 849, 584, 1349, 882, 0, 0, 0,
    0, 0, 0, 725, 0, 0, 369, 0, 297, 0, 0, 0, 0, 0, 0, 152, 0, 0, 0, 323, 567, 1241, 734, 510, 242,
    0, 883, 423, 885, 723, 842, 1195, 0, 110, 698, 0, 1103, 0, 0, 473, 1172, 0, 0, 0, 0, 441, 427,
    1152, 401, 0, 0, 0, 0, 0, 0, 563, 0, 0, 0, 0, 0, 870, 757, 0, 568, 0, 0, 344, 346, 916, 295,
    228, 933, 0, 0, 73, 0, 629, 1022, 0, 926, 1161, 0, 0, 1198, 0, 0, 0, 0, 0, 0, 438, 0, 0, 0, 0,
    0, 0, 0, 48, 0, 0, 0, 0, 979, 0, 0, 1355, 0, 0, 0, 0, 0, 818, 0, 66, 0, 0, 0, 917, 187, 1099, 0,
    271, 1050, 1315, 843, 0, 0, 1358, 0, 0, 1136, 0, 0, 0, 481, 989, 0, 2, 0, 0, 0, 0, 379, 0, 0, 0,
    0, 1331, 0, 0, 0, 0, 0, 785, 0, 382, 0, 944, 0, 0, 0, 0, 0, 45, 0, 0, 0, 0, 0, 0, 0, 131, 1364,
    0, 0, 0, 0, 0, 709, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 457, 0, 0, 1243, 0, 0, 812, 0, 0, 0, 0, 0,
    0, 0, 0, 648, 259, 0, 0, 0, 0, 0, 676, 0, 0, 0, 0, 0, 0, 0, 1045, 731, 0, 0, 1222, 0, 0, 826,
    134, 0, 0, 0, 0, 0, 0, 0, 0, 0, 336, 327, 1037, 0, 0, 0, 0, 0, 1360, 0, 621, 586, 0, 0, 1295,
    952, 1304, 0, 1063, 0, 1164, 0, 938, 0, 0, 0, 0, 0, 0, 0, 94, 540, 794, 0, 0, 0, 68, 1294, 948,
    0, 130, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1039, 1301, 0, 0, 0, 451, 706, 1110, 0, 0, 0,
    914, 0, 0, 0, 1155, 29, 88, 0, 0, 0, 850, 0, 0, 0, 549, 775, 1341, 544, 1158, 1057, 0, 350, 405,
    0, 0, 537, 931, 0, 1296, 1010, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 192, 0, 0, 792, 0, 0, 0, 0,
    398, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 932, 831, 856, 0, 38, 163,
    1258, 0, 0, 0, 179, 0, 0, 0, 0, 1292, 0, 0, 901, 430, 0, 57, 124, 0, 0, 0, 0, 0, 0, 0, 1347, 0,
    0, 0, 0, 851, 0, 1134, 37, 0, 72, 1021, 0, 0, 0, 0, 482, 1165, 909, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    201, 0, 0, 0, 1185, 1008, 0, 579, 0, 0, 31, 1318, 0, 0, 990, 632, 0, 0, 1228, 0, 674, 0, 0,
    1171, 0, 24, 0, 178, 594, 483, 659, 1143, 0, 0, 0, 0, 368, 546, 0, 0, 1166, 0, 0, 1310, 198, 0,
    0, 0, 0, 0, 0, 0, 0, 1176, 1073, 1214, 0, 0, 1093, 1338, 0, 0, 0, 699, 0, 0, 0, 0, 0, 1255, 793,
    298, 0, 0, 646, 370, 0, 0, 1028, 0, 0, 585, 820, 863, 1059, 529, 0, 0, 0, 817, 1238, 0, 0, 0, 0,
    0, 664, 1046, 1070, 0, 212, 1072, 1135, 0, 0, 0, 1345, 0, 0, 0, 0, 1250, 741, 1342, 0, 0, 0, 0,
    643, 0, 0, 0, 0, 0, 0, 0, 998, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, 394, 874, 0, 519, 855, 0, 0, 0,
    0, 525, 828, 0, 0, 0, 113, 165, 836, 1189, 319, 135, 809, 0, 0, 0, 0, 205, 362, 1344, 0, 0, 0,
    0, 1096, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 987, 1218, 0, 695, 0, 929, 0, 309, 385, 0, 0, 1004, 0, 0,
    1043, 0, 0, 0, 255, 444, 226, 0, 268, 753, 873, 0, 0, 0, 0, 251, 0, 0, 0, 0, 1288, 0, 0, 0, 0,
    0, 0, 0, 907, 0, 0, 0, 1330, 288, 620, 1023, 732, 0, 0, 0, 0, 0, 0, 0, 286, 171, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 1223, 0, 0, 342, 0, 0, 0, 0, 684, 0, 773, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0, 0, 0, 0,
    0, 0, 0, 449, 612, 0, 0, 0, 0, 0, 194, 1257, 0, 56, 0, 0, 0, 0, 750, 0, 0, 559, 0, 0, 0, 0,
    1348, 575, 296, 0, 54, 0, 528, 596, 0, 0, 727, 0, 0, 0, 0, 0, 0, 0, 175, 0, 0, 243, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 167, 442, 0, 0, 678, 429, 0, 0, 0, 0, 0, 1091, 0, 0, 0, 0, 338, 0, 443,
    0, 277, 337, 0, 0, 0, 0, 0, 616, 0, 0, 0, 0, 0, 0, 478, 188, 0, 507, 0, 0, 0, 166, 654, 214, 0,
    0, 0, 0, 896, 0, 667, 520, 119, 0, 164, 0, 0, 865, 0, 0, 0, 0, 227, 257, 1115, 0, 0, 0, 0, 0, 0,
    1323, 0, 0, 0, 0, 0, 0, 0, 0, 789, 0, 1363, 0, 756, 0, 0, 0, 82, 0, 0, 1314, 0, 0, 0, 0, 0,
    1247, 0, 894, 0, 0, 0, 0, 0, 220, 0, 991, 0, 0, 0, 434, 0, 919, 49, 0, 0, 0, 0, 614, 588, 0,
    939, 143, 293, 0, 0, 0, 0, 0, 897, 0, 0, 0, 0, 0, 0, 1089, 0, 551, 146, 233, 431, 859, 1282, 0,
    0, 1035, 278, 355, 536, 665, 693, 821, 950, 0, 0, 0, 332, 0, 1368, 0, 0, 274, 0, 0, 108, 0, 875,
    123, 600, 0, 857, 0, 0, 0, 0, 0,
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
    WL_ENTRY(wl_calendar),  WL_ENTRY(wl_geo_head),    WL_ENTRY(wl_event_head),
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
    const char *entry = wl_words[slot - 1].word;
    if ((entry[0] | 0x20) == (word.ptr[0] | 0x20) && wl_cmp(word, entry) == 0)
      return wl_words[slot - 1].mask;
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
  if ((unsigned char)s[i] < 0x80) {
    *cp = (unsigned char)s[i];
    return 1;
  }
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

static bool lex_is_upper(int cp) { return cp < 128 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp); }
static bool lex_is_lower(int cp) { return cp < 128 ? (cp >= 'a' && cp <= 'z') : utf8proc_islower(cp); }

/* Byte classes for the scanner's fast path: 1 a-z, 2 A-Z, 3 0-9, 4 a byte of
** a multi-byte character, 0 anything else. */
enum { LX_OTHER, LX_LOWER, LX_UPPER, LX_DIGIT, LX_HIGH };
static const unsigned char lx_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
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
  if (lex_is_upper(first)) w->flags |= WORD_CAP;
  else if (lex_is_lower(first)) w->flags |= WORD_LOWER;
  else if (first >= '0' && first <= '9') w->flags |= WORD_DIGIT;
  if ((w->flags & WORD_CAP) && st.n_letters >= 2 && !st.has_lower) w->flags |= WORD_ALLCAPS;
  lex_finish(s, len, w, st.dotted);
  w->next = w->end > i ? w->end : i;
  return true;
}
