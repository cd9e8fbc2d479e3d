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
    "abu dhabi", "afghanistan", "africa", "al-raqqa", "alabama", "alaska", "albania", "aleppo",
    "algeria", "amman", "amsterdam", "ankara", "antarctica", "argentina", "arizona", "arkansas",
    "armenia", "asia", "athens", "atlanta", "australia", "austria", "azerbaijan", "baghdad",
    "bahrain", "baku", "balkans", "baltimore", "bangkok", "bangladesh", "barcelona", "beijing",
    "beirut", "belarus", "belgium", "belgrade", "benghazi", "berlin", "bern", "black sea", "bosnia",
    "bosnia and herzegovina", "boston", "brazil", "brussels", "bucharest", "budapest", "buenos",
    "bulgaria", "burma", "cairo", "california", "cambodia", "canada", "caracas", "caribbean",
    "caucasus", "chechnya", "chicago", "chile", "china", "colombia", "colorado", "congo",
    "connecticut", "copenhagen", "costa rica", "crimea", "croatia", "cuba", "cyprus", "czech",
    "damascus", "delaware", "delhi", "denmark", "des moines", "detroit", "doha", "donetsk", "dubai",
    "dublin", "east jerusalem", "egypt", "el salvador", "england", "estonia", "ethiopia", "europe",
    "falluja", "fallujah", "finland", "florida", "france", "gaza", "gaza strip", "geneva",
    "georgia", "germany", "ghana", "golan heights", "great britain", "greece", "guatemala", "haiti",
    "hama", "havana", "hawaii", "helsinki", "homs", "honduras", "hong kong", "houston", "hungary",
    "idaho", "idlib", "illinois", "india", "indiana", "indonesia", "iowa", "iran", "iraq",
    "ireland", "islamabad", "israel", "istanbul", "italy", "jakarta", "japan", "jerusalem",
    "jordan", "kabul", "kandahar", "kansas", "karachi", "kazakhstan", "kentucky", "kenya", "kiev",
    "kobani", "kosovo", "kurdistan", "kuwait", "kyiv", "lagos", "laos", "las vegas", "latakia",
    "latin america", "latvia", "lebanon", "libya", "lisbon", "lithuania", "london", "los angeles",
    "louisiana", "luhansk", "madrid", "maine", "malaysia", "mali", "manchester", "manila",
    "maryland", "massachusetts", "mediterranean", "mexico", "miami", "michigan", "middle east",
    "minnesota", "minsk", "mississippi", "missouri", "mogadishu", "moldova", "mongolia", "montana",
    "montenegro", "morocco", "moscow", "mosul", "mumbai", "munich", "myanmar", "nairobi",
    "nebraska", "nepal", "netherlands", "nevada", "new delhi", "new hampshire", "new jersey",
    "new mexico", "new orleans", "new york", "new zealand", "nicaragua", "niger", "nigeria",
    "north africa", "north carolina", "north dakota", "north korea", "norway", "ohio", "oklahoma",
    "oman", "oregon", "oslo", "ottawa", "pakistan", "palestine", "palmyra", "panama", "paraguay",
    "paris", "pennsylvania", "persian gulf", "peru", "philadelphia", "philippines", "poland",
    "portugal", "puerto rico", "qatar", "raqqa", "red sea", "rhode island", "riyadh", "romania",
    "rome", "russia", "rwanda", "salt lake city", "san francisco", "sanaa", "saudi arabia",
    "scotland", "seattle", "senegal", "seoul", "serbia", "shanghai", "sierra leone", "singapore",
    "slovakia", "slovenia", "somalia", "south africa", "south carolina", "south china sea",
    "south dakota", "south korea", "south sudan", "spain", "sri lanka", "stockholm", "sudan",
    "sweden", "switzerland", "sydney", "syria", "taipei", "taiwan", "tajikistan", "tartus",
    "tehran", "tennessee", "texas", "thailand", "tikrit", "tokyo", "toronto", "tripoli", "tunisia",
    "turkey", "turkmenistan", "uganda", "ukraine", "united arab emirates", "united kingdom",
    "united states", "united states of america", "uruguay", "utah", "uzbekistan", "venezuela",
    "vermont", "vienna", "vietnam", "virginia", "wales", "warsaw", "washington", "west bank",
    "west virginia", "wisconsin", "wyoming", "yemen", "zimbabwe",
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

typedef struct {
  const char *word;
  unsigned mask; /* bit k set: the word is in table k (a WlKind) */
} WlWord;

/* Every single-word entry of the tables above with the mask of its tables,
** and an open-addressing index over them (FNV-1a of the lower-cased word,
** linear probing, 0 = empty). Generated from the tables; test_entity.c
** checks that both agree. */
static const WlWord wl_words[] = {
    {"a", 0x1}, {"abdullah", 0x2000}, {"about", 0x1}, {"above", 0x1}, {"academy", 0x10},
    {"according", 0x1}, {"accused", 0x8000}, {"accuses", 0x8000}, {"accusing", 0x8000},
    {"acknowledged", 0x8000}, {"acknowledges", 0x8000}, {"across", 0x1}, {"acting", 0x4},
    {"activist", 0x8}, {"add", 0x8000}, {"added", 0x8000}, {"adding", 0x8000}, {"additional", 0x1},
    {"adds", 0x8000}, {"adm", 0x4002}, {"administration", 0x30}, {"admiral", 0x2},
    {"admits", 0x8000}, {"admitted", 0x8000}, {"advertisement", 0x1}, {"adviser", 0xa},
    {"advisor", 0xa}, {"afghan", 0x400}, {"afghanistan", 0x100}, {"afp", 0x200}, {"africa", 0x100},
    {"african", 0x400}, {"after", 0x1}, {"afterward", 0x1}, {"afterwards", 0x1}, {"again", 0x1},
    {"against", 0x1}, {"agency", 0x50}, {"ago", 0x1}, {"ahmed", 0x2000}, {"aide", 0x1000a},
    {"aides", 0x10000}, {"al", 0x1000}, {"al-qaeda", 0x200}, {"al-raqqa", 0x100},
    {"al-shabab", 0x200}, {"alabama", 0x100}, {"alaska", 0x100}, {"albania", 0x100},
    {"albanian", 0x400}, {"aleppo", 0x100}, {"alexander", 0x2000}, {"alexei", 0x2000},
    {"algeria", 0x100}, {"algerian", 0x400}, {"ali", 0x2000}, {"all", 0x1}, {"alliance", 0x10},
    {"ally", 0x8}, {"also", 0x1}, {"although", 0x1}, {"ambassador", 0xa}, {"american", 0x400},
    {"amid", 0x1}, {"amman", 0x100}, {"amnesty", 0x200}, {"among", 0x1}, {"amsterdam", 0x100},
    {"an", 0x1}, {"analyst", 0x10008}, {"analysts", 0x10000}, {"anchor", 0x8}, {"and", 0x1},
    {"andrea", 0x2000}, {"andrew", 0x2000}, {"angela", 0x2000}, {"ankara", 0x100}, {"anna", 0x2000},
    {"anne", 0x2000}, {"announced", 0x8000}, {"announces", 0x8000}, {"another", 0x1},
    {"antarctica", 0x100}, {"antonio", 0x2000}, {"any", 0x1}, {"anyone", 0x1}, {"anything", 0x1},
    {"apr", 0x4000}, {"april", 0x40000}, {"arab", 0x400}, {"arabian", 0x400}, {"archbishop", 0x2},
    {"are", 0x1}, {"argentina", 0x100}, {"argentine", 0x400}, {"argentinian", 0x400},
    {"argued", 0x8000}, {"argues", 0x8000}, {"arguing", 0x8000}, {"arizona", 0x100},
    {"arkansas", 0x100}, {"armenia", 0x100}, {"armenian", 0x400}, {"army", 0x30}, {"around", 0x1},
    {"as", 0x1}, {"asia", 0x100}, {"asian", 0x400}, {"ask", 0x8000}, {"asked", 0x8000},
    {"asking", 0x8000}, {"asks", 0x8000}, {"assembly", 0x10}, {"asserted", 0x8000},
    {"asserts", 0x8000}, {"assistant", 0x4}, {"associated", 0x200}, {"association", 0x10},
    {"at", 0x1}, {"athens", 0x100}, {"atlanta", 0x100}, {"attorney", 0xc}, {"aug", 0x4000},
    {"august", 0x40000}, {"australia", 0x100}, {"australian", 0x400}, {"austria", 0x100},
    {"austrian", 0x400}, {"author", 0x8}, {"authority", 0x10}, {"ayatollah", 0x2},
    {"azerbaijan", 0x100}, {"azerbaijani", 0x400}, {"baghdad", 0x100}, {"bahrain", 0x100},
    {"bahraini", 0x400}, {"baku", 0x100}, {"balkans", 0x100}, {"baltimore", 0x100},
    {"bangkok", 0x100}, {"bangladesh", 0x100}, {"bank", 0x10}, {"barack", 0x2000},
    {"barcelona", 0x100}, {"bashar", 0x2000}, {"bbc", 0x200}, {"because", 0x1}, {"before", 0x1},
    {"beijing", 0x100}, {"being", 0x1}, {"beirut", 0x100}, {"belarus", 0x100}, {"belgian", 0x400},
    {"belgium", 0x100}, {"belgrade", 0x100}, {"below", 0x1}, {"ben", 0x2000}, {"benghazi", 0x100},
    {"benjamin", 0x2000}, {"berlin", 0x100}, {"bern", 0x100}, {"bernie", 0x2000}, {"beside", 0x1},
    {"besides", 0x1}, {"between", 0x1}, {"bill", 0x2000}, {"bin", 0x1000}, {"bishop", 0x2},
    {"blasted", 0x8000}, {"board", 0x10}, {"boasted", 0x8000}, {"boko", 0x200}, {"boris", 0x2000},
    {"bosnia", 0x100}, {"boston", 0x100}, {"both", 0x1}, {"brazil", 0x100}, {"brazilian", 0x400},
    {"breaking", 0x1}, {"brig", 0x4002}, {"brigade", 0x10}, {"brigades", 0x10}, {"british", 0x400},
    {"broadcaster", 0x40}, {"brussels", 0x100}, {"bucharest", 0x100}, {"budapest", 0x100},
    {"buenos", 0x100}, {"bulgaria", 0x100}, {"bulgarian", 0x400}, {"bureau", 0x10},
    {"burma", 0x100}, {"burmese", 0x400}, {"but", 0x1}, {"by", 0x1}, {"cabinet", 0x10},
    {"cairo", 0x100}, {"california", 0x100}, {"cambodia", 0x100}, {"can", 0x1}, {"canada", 0x100},
    {"canadian", 0x400}, {"candidate", 0x8}, {"capt", 0x4002}, {"captain", 0x2}, {"caption", 0x1},
    {"caracas", 0x100}, {"cardinal", 0x2}, {"caribbean", 0x100}, {"carlos", 0x2000},
    {"catholic", 0x400}, {"catholics", 0x400}, {"caucasus", 0x100}, {"cautioned", 0x8000},
    {"center", 0x10}, {"central", 0x800}, {"centre", 0x10}, {"chairman", 0xa}, {"chairwoman", 0xa},
    {"chancellor", 0xa}, {"channel", 0x40}, {"charles", 0x2000}, {"chechen", 0x400},
    {"chechnya", 0x100}, {"chicago", 0x100}, {"chief", 0xe}, {"chile", 0x100}, {"chilean", 0x400},
    {"china", 0x100}, {"chinese", 0x400}, {"chris", 0x2000}, {"christian", 0x400},
    {"christians", 0x400}, {"christmas", 0x40000}, {"christopher", 0x2000}, {"cia", 0x200},
    {"claimed", 0x8000}, {"claiming", 0x8000}, {"claims", 0x8000}, {"click", 0x1}, {"cmdr", 0x4000},
    {"cnn", 0x200}, {"co", 0x4000}, {"coalition", 0x10}, {"coast", 0x80}, {"col", 0x4002},
    {"colleague", 0x8}, {"college", 0x10}, {"colombia", 0x100}, {"colombian", 0x400},
    {"colonel", 0x2}, {"colorado", 0x100}, {"columnist", 0x8}, {"command", 0x10},
    {"commander", 0xa}, {"commentator", 0x8}, {"commented", 0x8000}, {"comments", 0x8001},
    {"commission", 0x10}, {"commissioner", 0x2}, {"committee", 0x10}, {"company", 0x50},
    {"complained", 0x8000}, {"conceded", 0x8000}, {"concluded", 0x8000}, {"concludes", 0x8000},
    {"confirmed", 0x8000}, {"confirms", 0x8000}, {"congo", 0x100}, {"congress", 0x210},
    {"congressman", 0xa}, {"congresswoman", 0xa}, {"connecticut", 0x100}, {"conservative", 0x400},
    {"conservatives", 0x400}, {"continued", 0x8000}, {"continues", 0x8000}, {"copenhagen", 0x100},
    {"copyright", 0x1}, {"corp", 0x4010}, {"corporation", 0x10}, {"correspondent", 0x8},
    {"could", 0x1}, {"council", 0x10}, {"councillor", 0x8}, {"councilman", 0x8},
    {"counsellor", 0x2}, {"counselor", 0x2}, {"countered", 0x8000}, {"counterpart", 0x8},
    {"court", 0x10}, {"crescent", 0x10}, {"crimea", 0x100}, {"croatia", 0x100}, {"croatian", 0x400},
    {"cross", 0x10}, {"crown", 0x8}, {"cuba", 0x100}, {"cuban", 0x400}, {"cyprus", 0x100},
    {"czech", 0x500}, {"da", 0x1000}, {"daily", 0x40}, {"damascus", 0x100}, {"dame", 0x2},
    {"daniel", 0x2000}, {"danish", 0x400}, {"david", 0x2000}, {"de", 0x1000}, {"dec", 0x4000},
    {"december", 0x40000}, {"declared", 0x8000}, {"declares", 0x8000}, {"declaring", 0x8000},
    {"defence", 0x4}, {"defense", 0x4}, {"del", 0x1000}, {"delaware", 0x100}, {"delhi", 0x100},
    {"della", 0x1000}, {"democrat", 0x400}, {"democratic", 0x400}, {"democrats", 0x400},
    {"denied", 0x8000}, {"denies", 0x8000}, {"denmark", 0x100}, {"department", 0x10},
    {"deputy", 0x4}, {"der", 0x1000}, {"described", 0x8000}, {"desert", 0x80}, {"despite", 0x1},
    {"detroit", 0x100}, {"di", 0x1000}, {"did", 0x1}, {"diplomat", 0x10008}, {"diplomats", 0x10000},
    {"director", 0xa}, {"dmitry", 0x2000}, {"do", 0x1}, {"does", 0x1}, {"doha", 0x100},
    {"donald", 0x2000}, {"donetsk", 0x100}, {"dos", 0x1000}, {"dr", 0x4002}, {"du", 0x1000},
    {"dubai", 0x100}, {"dublin", 0x100}, {"during", 0x1}, {"dutch", 0x400}, {"each", 0x1},
    {"earlier", 0x1}, {"east", 0x800}, {"easter", 0x40000}, {"eastern", 0xc00}, {"economist", 0x8},
    {"economy", 0x4}, {"editor", 0x9}, {"egypt", 0x100}, {"egyptian", 0x400}, {"either", 0x1},
    {"el", 0x1000}, {"elizabeth", 0x2000}, {"else", 0x1}, {"embassy", 0x10}, {"emir", 0x2},
    {"emirati", 0x400}, {"emmanuel", 0x2000}, {"emphasised", 0x8000}, {"emphasized", 0x8000},
    {"energy", 0x4}, {"england", 0x100}, {"english", 0x400}, {"envoy", 0xa}, {"eric", 0x2000},
    {"estonia", 0x100}, {"estonian", 0x400}, {"ethiopia", 0x100}, {"ethiopian", 0x400},
    {"europe", 0x100}, {"european", 0x400}, {"evangelical", 0x400}, {"evangelicals", 0x400},
    {"even", 0x1}, {"ever", 0x1}, {"every", 0x1}, {"everyone", 0x1}, {"everything", 0x1},
    {"exclaimed", 0x8000}, {"executive", 0x8}, {"expert", 0x10008}, {"experts", 0x10000},
    {"explained", 0x8000}, {"explaining", 0x8000}, {"explains", 0x8000}, {"facebook", 0x200},
    {"falluja", 0x100}, {"fallujah", 0x100}, {"fbi", 0x200}, {"feb", 0x4000}, {"february", 0x40000},
    {"federation", 0x10}, {"few", 0x1}, {"fig", 0x4000}, {"finance", 0x4}, {"finland", 0x100},
    {"finnish", 0x400}, {"firm", 0x40}, {"first", 0x4}, {"florida", 0x100}, {"follow", 0x1},
    {"for", 0x1}, {"force", 0x10}, {"forces", 0x10}, {"foreign", 0x4}, {"former", 0x5},
    {"foundation", 0x10}, {"founder", 0x8}, {"france", 0x100}, {"francois", 0x2000},
    {"frank", 0x2000}, {"french", 0x400}, {"friday", 0x40000}, {"from", 0x1}, {"front", 0x10},
    {"fund", 0x10}, {"further", 0x1}, {"gaza", 0x100}, {"gen", 0x4002}, {"general", 0xa},
    {"geneva", 0x100}, {"gennady", 0x2000}, {"george", 0x2000}, {"georgia", 0x100},
    {"georgian", 0x400}, {"german", 0x400}, {"germany", 0x100}, {"ghana", 0x100}, {"google", 0x200},
    {"gov", 0x4002}, {"government", 0x30}, {"governor", 0xa}, {"greece", 0x100}, {"greek", 0x400},
    {"group", 0x50}, {"guard", 0x10}, {"guards", 0x10}, {"guatemala", 0x100}, {"had", 0x1},
    {"haiti", 0x100}, {"haitian", 0x400}, {"hama", 0x100}, {"hamas", 0x200}, {"has", 0x1},
    {"hassan", 0x2000}, {"havana", 0x100}, {"have", 0x1}, {"having", 0x1}, {"hawaii", 0x100},
    {"he", 0x20001}, {"head", 0x8}, {"health", 0x4}, {"helsinki", 0x100}, {"her", 0x1},
    {"here", 0x1}, {"hers", 0x1}, {"herself", 0x1}, {"hezbollah", 0x200}, {"hillary", 0x2000},
    {"him", 0x1}, {"himself", 0x1}, {"his", 0x1}, {"home", 0x4}, {"homs", 0x100},
    {"honduras", 0x100}, {"host", 0x8}, {"houston", 0x100}, {"how", 0x1}, {"however", 0x1},
    {"hungarian", 0x400}, {"hungary", 0x100}, {"hussein", 0x2000}, {"i", 0x20001}, {"ibn", 0x1000},
    {"idaho", 0x100}, {"idlib", 0x100}, {"if", 0x1}, {"igor", 0x2000}, {"illinois", 0x100},
    {"image", 0x1}, {"in", 0x1}, {"inc", 0x4010}, {"including", 0x1}, {"indeed", 0x1},
    {"india", 0x100}, {"indian", 0x400}, {"indiana", 0x100}, {"indonesia", 0x100},
    {"indonesian", 0x400}, {"inside", 0x1}, {"insider", 0x10000}, {"insiders", 0x10000},
    {"insisted", 0x8000}, {"insisting", 0x8000}, {"insists", 0x8000}, {"instead", 0x1},
    {"institute", 0x10}, {"interfax", 0x200}, {"interior", 0x4}, {"international", 0x10},
    {"into", 0x1}, {"iowa", 0x100}, {"iran", 0x100}, {"iranian", 0x400}, {"iraq", 0x100},
    {"iraqi", 0x400}, {"ireland", 0x100}, {"irish", 0x400}, {"is", 0x1}, {"isil", 0x200},
    {"isis", 0x200}, {"islamabad", 0x100}, {"islamic", 0x400}, {"island", 0x80}, {"islands", 0x80},
    {"israel", 0x100}, {"israeli", 0x400}, {"istanbul", 0x100}, {"it", 0x20001}, {"italian", 0x400},
    {"italy", 0x100}, {"its", 0x1}, {"itself", 0x1}, {"ivan", 0x2000}, {"jack", 0x2000},
    {"jakarta", 0x100}, {"james", 0x2000}, {"jan", 0x4000}, {"jane", 0x2000}, {"january", 0x40000},
    {"japan", 0x100}, {"japanese", 0x400}, {"jean", 0x2000}, {"jean-marc", 0x2000}, {"jeb", 0x2000},
    {"jeff", 0x2000}, {"jennifer", 0x2000}, {"jerusalem", 0x100}, {"jewish", 0x400},
    {"jim", 0x2000}, {"joe", 0x2000}, {"john", 0x2000}, {"joked", 0x8000}, {"jordan", 0x100},
    {"jordanian", 0x400}, {"jose", 0x2000}, {"joseph", 0x2000}, {"journal", 0x10},
    {"journalist", 0x8}, {"jr", 0x4000}, {"juan", 0x2000}, {"judge", 0xa}, {"jul", 0x4000},
    {"julia", 0x2000}, {"july", 0x40000}, {"jun", 0x4000}, {"june", 0x40000}, {"just", 0x1},
    {"justice", 0x6}, {"kabul", 0x100}, {"kandahar", 0x100}, {"kansas", 0x100}, {"karachi", 0x100},
    {"kazakh", 0x400}, {"kazakhstan", 0x100}, {"kentucky", 0x100}, {"kenya", 0x100},
    {"kenyan", 0x400}, {"kevin", 0x2000}, {"kiev", 0x100}, {"king", 0x2}, {"kobani", 0x100},
    {"korean", 0x400}, {"kosovo", 0x100}, {"kremlin", 0x200}, {"kurdish", 0x400},
    {"kurdistan", 0x100}, {"kuwait", 0x100}, {"kuwaiti", 0x400}, {"kyiv", 0x100}, {"la", 0x1000},
    {"lagos", 0x100}, {"lake", 0x80}, {"lamented", 0x8000}, {"laos", 0x100}, {"last", 0x1},
    {"latakia", 0x100}, {"later", 0x1}, {"latvia", 0x100}, {"latvian", 0x400}, {"laurent", 0x2000},
    {"lawmaker", 0x8}, {"lawyer", 0x8}, {"le", 0x1000}, {"leader", 0x8}, {"league", 0x10},
    {"least", 0x1}, {"lebanese", 0x400}, {"lebanon", 0x100}, {"legislator", 0x8}, {"less", 0x1},
    {"let", 0x1}, {"liberal", 0x400}, {"liberals", 0x400}, {"libya", 0x100}, {"libyan", 0x400},
    {"lieut", 0x2}, {"lieutenant", 0x4}, {"like", 0x1}, {"lindsey", 0x2000}, {"lisbon", 0x100},
    {"lithuania", 0x100}, {"lithuanian", 0x400}, {"london", 0x100}, {"lord", 0x2},
    {"louisiana", 0x100}, {"lt", 0x4002}, {"ltd", 0x4010}, {"luhansk", 0x100}, {"madrid", 0x100},
    {"magazine", 0x40}, {"maine", 0x100}, {"maintained", 0x8000}, {"maintains", 0x8000},
    {"maj", 0x4002}, {"major", 0x2}, {"malaysia", 0x100}, {"malaysian", 0x400}, {"mali", 0x100},
    {"manager", 0x8}, {"manchester", 0x100}, {"manila", 0x100}, {"many", 0x1}, {"mar", 0x4000},
    {"march", 0x40000}, {"marco", 0x2000}, {"maria", 0x2000}, {"mark", 0x2000}, {"martin", 0x2000},
    {"mary", 0x2000}, {"maryland", 0x100}, {"massachusetts", 0x100}, {"may", 0x40001},
    {"maybe", 0x1}, {"mayor", 0xa}, {"me", 0x1}, {"meanwhile", 0x1}, {"media", 0x10},
    {"mediterranean", 0x100}, {"mentioned", 0x8000}, {"mexican", 0x400}, {"mexico", 0x100},
    {"miami", 0x100}, {"michael", 0x2000}, {"michelle", 0x2000}, {"michigan", 0x100},
    {"microsoft", 0x200}, {"might", 0x1}, {"mike", 0x2000}, {"military", 0x20}, {"minister", 0xa},
    {"ministry", 0x30}, {"minnesota", 0x100}, {"minsk", 0x100}, {"mississippi", 0x100},
    {"missouri", 0x100}, {"mitt", 0x2000}, {"mogadishu", 0x100}, {"mohammad", 0x2000},
    {"mohammed", 0x2000}, {"moldova", 0x100}, {"monday", 0x40000}, {"mongolia", 0x100},
    {"montana", 0x100}, {"montenegro", 0x100}, {"more", 0x1}, {"moreover", 0x1},
    {"moroccan", 0x400}, {"morocco", 0x100}, {"moscow", 0x100}, {"most", 0x1}, {"mosul", 0x100},
    {"mountain", 0x80}, {"mountains", 0x80}, {"movement", 0x10}, {"mr", 0x4002}, {"mrs", 0x4002},
    {"ms", 0x4002}, {"mt", 0x4000}, {"much", 0x1}, {"muhammad", 0x2000}, {"mumbai", 0x100},
    {"munich", 0x100}, {"muslim", 0x400}, {"must", 0x1}, {"my", 0x1}, {"myanmar", 0x100},
    {"nairobi", 0x100}, {"nancy", 0x2000}, {"nasa", 0x200}, {"nations", 0x10}, {"nato", 0x200},
    {"navy", 0x30}, {"nebraska", 0x100}, {"negotiator", 0x8}, {"neither", 0x1}, {"nepal", 0x100},
    {"netherlands", 0x100}, {"network", 0x50}, {"nevada", 0x100}, {"never", 0x1},
    {"nevertheless", 0x1}, {"news", 0x10}, {"newspaper", 0x40}, {"next", 0x1}, {"nicaragua", 0x100},
    {"nicolas", 0x2000}, {"niger", 0x100}, {"nigeria", 0x100}, {"nigerian", 0x400}, {"no", 0x4001},
    {"nominee", 0x8}, {"none", 0x1}, {"nor", 0x1}, {"north", 0x800}, {"northeast", 0x800},
    {"northeastern", 0x800}, {"northern", 0xc00}, {"northwest", 0x800}, {"northwestern", 0x800},
    {"norway", 0x100}, {"norwegian", 0x400}, {"not", 0x1}, {"note", 0x8001}, {"noted", 0x8000},
    {"notes", 0x8000}, {"nothing", 0x1}, {"noting", 0x8000}, {"nov", 0x4000}, {"november", 0x40000},
    {"now", 0x1}, {"observed", 0x8000}, {"oct", 0x4000}, {"october", 0x40000}, {"of", 0x1},
    {"off", 0x1}, {"office", 0x10}, {"officer", 0x8}, {"official", 0x10008}, {"officials", 0x10000},
    {"ohio", 0x100}, {"oklahoma", 0x100}, {"olga", 0x2000}, {"oman", 0x100}, {"omar", 0x2000},
    {"on", 0x1}, {"once", 0x1}, {"one", 0x1}, {"only", 0x1}, {"opec", 0x200}, {"or", 0x1},
    {"oregon", 0x100}, {"organisation", 0x50}, {"organization", 0x50}, {"oslo", 0x100},
    {"other", 0x1}, {"others", 0x1}, {"otherwise", 0x1}, {"ottawa", 0x100}, {"our", 0x1},
    {"ours", 0x1}, {"out", 0x1}, {"outlet", 0x40}, {"outside", 0x1}, {"over", 0x1}, {"own", 0x1},
    {"pakistan", 0x100}, {"pakistani", 0x400}, {"palestine", 0x100}, {"palestinian", 0x400},
    {"palmyra", 0x100}, {"panama", 0x100}, {"paraguay", 0x100}, {"paris", 0x100},
    {"parliament", 0x30}, {"party", 0x50}, {"paul", 0x2000}, {"peninsula", 0x80},
    {"pennsylvania", 0x100}, {"pentagon", 0x200}, {"perhaps", 0x1}, {"persian", 0x400},
    {"peru", 0x100}, {"peter", 0x2000}, {"philadelphia", 0x100}, {"philippines", 0x100},
    {"photo", 0x1}, {"please", 0x1}, {"pledged", 0x8000}, {"poland", 0x100}, {"police", 0x10},
    {"polish", 0x400}, {"pope", 0x2}, {"portugal", 0x100}, {"portuguese", 0x400}, {"post", 0x10},
    {"predicted", 0x8000}, {"premier", 0x2}, {"president", 0xa}, {"president-elect", 0x2},
    {"press", 0x10}, {"prime", 0x4}, {"prince", 0x2}, {"princess", 0x2}, {"principal", 0x4},
    {"prof", 0x4002}, {"professor", 0xa}, {"promised", 0x8000}, {"prosecutor", 0x8},
    {"province", 0x80}, {"qatar", 0x100}, {"qatari", 0x400}, {"queen", 0x2}, {"quipped", 0x8000},
    {"rabbi", 0x2}, {"radio", 0x50}, {"ramadan", 0x40000}, {"rand", 0x2000}, {"rapporteur", 0x8},
    {"raqqa", 0x100}, {"rather", 0x1}, {"recalled", 0x8000}, {"recalls", 0x8000},
    {"recounted", 0x8000}, {"regime", 0x30}, {"region", 0x80}, {"reiterated", 0x8000},
    {"related", 0x1}, {"remarked", 0x8000}, {"rep", 0x4002}, {"replied", 0x8000},
    {"replies", 0x8000}, {"reported", 0x8000}, {"reporting", 0x1}, {"reports", 0x8000},
    {"representative", 0xa}, {"republican", 0x400}, {"republicans", 0x400}, {"researcher", 0x8},
    {"responded", 0x8000}, {"responds", 0x8000}, {"reuters", 0x200}, {"rev", 0x4002},
    {"reverend", 0x2}, {"richard", 0x2000}, {"rival", 0x8}, {"river", 0x80}, {"riyadh", 0x100},
    {"robert", 0x2000}, {"romania", 0x100}, {"romanian", 0x400}, {"rome", 0x100}, {"ron", 0x2000},
    {"russia", 0x100}, {"russian", 0x400}, {"rwanda", 0x100}, {"said", 0x8000}, {"same", 0x1},
    {"sanaa", 0x100}, {"sarah", 0x2000}, {"saturday", 0x40000}, {"saudi", 0x400}, {"say", 0x8000},
    {"saying", 0x8000}, {"says", 0x8000}, {"school", 0x10}, {"scotland", 0x100},
    {"scottish", 0x400}, {"sea", 0x80}, {"seattle", 0x100}, {"secretary", 0xa},
    {"secretary-general", 0x2}, {"sen", 0x4002}, {"senate", 0x10}, {"senator", 0xa},
    {"senegal", 0x100}, {"senior", 0x4}, {"seoul", 0x100}, {"sep", 0x4000}, {"sept", 0x4000},
    {"september", 0x40000}, {"serb", 0x400}, {"serbia", 0x100}, {"serbian", 0x400},
    {"sergeant", 0x2}, {"sergei", 0x2000}, {"sergey", 0x2000}, {"service", 0x10},
    {"services", 0x10}, {"several", 0x1}, {"sgt", 0x4002}, {"shanghai", 0x100}, {"share", 0x1},
    {"she", 0x20001}, {"sheikh", 0x2}, {"shia", 0x400}, {"shiite", 0x400}, {"should", 0x1},
    {"shouted", 0x8000}, {"sign", 0x1}, {"since", 0x1}, {"singapore", 0x100}, {"sir", 0x2},
    {"slovak", 0x400}, {"slovakia", 0x100}, {"slovenia", 0x100}, {"so", 0x1}, {"society", 0x10},
    {"somali", 0x400}, {"somalia", 0x100}, {"some", 0x1}, {"someone", 0x1}, {"something", 0x1},
    {"soon", 0x1}, {"source", 0x10000}, {"sources", 0x10000}, {"south", 0x800},
    {"southeast", 0x800}, {"southeastern", 0x800}, {"southern", 0xc00}, {"southwest", 0x800},
    {"southwestern", 0x800}, {"soviet", 0x400}, {"spain", 0x100}, {"spanish", 0x400},
    {"speaker", 0xa}, {"special", 0x4}, {"spokesman", 0x1000a}, {"spokesperson", 0x1000a},
    {"spokeswoman", 0x1000a}, {"sr", 0x4000}, {"st", 0x4000}, {"staffan", 0x2000}, {"state", 0x4},
    {"stated", 0x8000}, {"states", 0x8000}, {"station", 0x40}, {"stephen", 0x2000},
    {"steve", 0x2000}, {"still", 0x1}, {"stockholm", 0x100}, {"strait", 0x80}, {"strategist", 0xa},
    {"stressed", 0x8000}, {"stresses", 0x8000}, {"stressing", 0x8000}, {"strongman", 0x8},
    {"student", 0x8}, {"subscribe", 0x1}, {"such", 0x1}, {"sudan", 0x100}, {"sudanese", 0x400},
    {"suggested", 0x8000}, {"suggesting", 0x8000}, {"suggests", 0x8000}, {"sultan", 0x2},
    {"sunday", 0x40000}, {"sunni", 0x400}, {"superintendent", 0x2}, {"susan", 0x2000},
    {"sweden", 0x100}, {"swedish", 0x400}, {"swiss", 0x400}, {"switzerland", 0x100},
    {"sydney", 0x100}, {"syria", 0x100}, {"syrian", 0x400}, {"taipei", 0x100}, {"taiwan", 0x100},
    {"taiwanese", 0x400}, {"tajikistan", 0x100}, {"taliban", 0x200}, {"tartus", 0x100},
    {"teacher", 0x8}, {"ted", 0x2000}, {"tehran", 0x100}, {"telegraph", 0x10}, {"television", 0x40},
    {"tell", 0x8000}, {"telling", 0x8000}, {"tells", 0x8000}, {"tennessee", 0x100},
    {"testified", 0x8000}, {"texas", 0x100}, {"thai", 0x400}, {"thailand", 0x100}, {"than", 0x1},
    {"that", 0x1}, {"the", 0x1}, {"their", 0x1}, {"theirs", 0x1}, {"them", 0x1},
    {"themselves", 0x1}, {"then", 0x1}, {"there", 0x1}, {"thereby", 0x1}, {"therefore", 0x1},
    {"theresa", 0x2000}, {"these", 0x1}, {"they", 0x20001}, {"this", 0x1}, {"thomas", 0x2000},
    {"those", 0x1}, {"though", 0x1}, {"through", 0x1}, {"throughout", 0x1}, {"thursday", 0x40000},
    {"thus", 0x1}, {"tikrit", 0x100}, {"tim", 0x2000}, {"times", 0x10}, {"to", 0x1}, {"today", 0x1},
    {"together", 0x1}, {"tokyo", 0x100}, {"told", 0x8000}, {"tom", 0x2000}, {"tomorrow", 0x1},
    {"tonight", 0x1}, {"too", 0x1}, {"toronto", 0x100}, {"toward", 0x1}, {"towards", 0x1},
    {"trade", 0x4}, {"tribunal", 0x10}, {"tribune", 0x10}, {"tripoli", 0x100}, {"tuesday", 0x40000},
    {"tunisia", 0x100}, {"tunisian", 0x400}, {"turkey", 0x100}, {"turkish", 0x400},
    {"turkmenistan", 0x100}, {"tv", 0x50}, {"tweeted", 0x8000}, {"tweets", 0x8000},
    {"twitter", 0x200}, {"u.k", 0x4000}, {"u.n", 0x4000}, {"u.s", 0x4000}, {"uganda", 0x100},
    {"ukraine", 0x100}, {"ukrainian", 0x400}, {"under", 0x5}, {"unesco", 0x200}, {"unicef", 0x200},
    {"union", 0x10}, {"university", 0x10}, {"unless", 0x1}, {"unlike", 0x1}, {"until", 0x1},
    {"up", 0x1}, {"update", 0x1}, {"updated", 0x1}, {"upon", 0x1}, {"urged", 0x8000},
    {"urges", 0x8000}, {"urging", 0x8000}, {"uruguay", 0x100}, {"utah", 0x100}, {"uzbek", 0x400},
    {"uzbekistan", 0x100}, {"valley", 0x80}, {"van", 0x1000}, {"venezuela", 0x100},
    {"venezuelan", 0x400}, {"vermont", 0x100}, {"via", 0x1}, {"vice", 0x4}, {"video", 0x1},
    {"vienna", 0x100}, {"vietnam", 0x100}, {"vietnamese", 0x400}, {"virginia", 0x100},
    {"vladimir", 0x2000}, {"von", 0x1000}, {"vowed", 0x8000}, {"vs", 0x4000}, {"wales", 0x100},
    {"warned", 0x8000}, {"warning", 0x8000}, {"warns", 0x8000}, {"warsaw", 0x100}, {"was", 0x1},
    {"washington", 0x100}, {"watch", 0x11}, {"we", 0x20001}, {"website", 0x40},
    {"wednesday", 0x40000}, {"well", 0x1}, {"welsh", 0x400}, {"were", 0x1}, {"west", 0x800},
    {"western", 0xc00}, {"what", 0x1}, {"whatever", 0x1}, {"when", 0x1}, {"whenever", 0x1},
    {"where", 0x1}, {"whereas", 0x1}, {"whether", 0x1}, {"which", 0x1}, {"while", 0x1},
    {"whitehall", 0x200}, {"who", 0x1}, {"whoever", 0x1}, {"whom", 0x1}, {"whose", 0x1},
    {"why", 0x1}, {"will", 0x1}, {"william", 0x2000}, {"wisconsin", 0x100}, {"with", 0x1},
    {"within", 0x1}, {"without", 0x1}, {"witness", 0x10000}, {"witnesses", 0x10000}, {"would", 0x1},
    {"writer", 0x8}, {"writes", 0x8000}, {"writing", 0x8000}, {"wrote", 0x8000}, {"wyoming", 0x100},
    {"xi", 0x2000}, {"xinhua", 0x200}, {"yelled", 0x8000}, {"yemen", 0x100}, {"yemeni", 0x400},
    {"yes", 0x1}, {"yesterday", 0x1}, {"yet", 0x1}, {"you", 0x1}, {"your", 0x1}, {"yours", 0x1},
    {"youtube", 0x200}, {"yuri", 0x2000}, {"zimbabwe", 0x100},
};

static const unsigned short wl_slots[4096] = {
    0, 0, 0, 804, 0, 0, 0, 0, 1020, 0, 0, 693, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 968, 0, 0, 0, 0, 746,
    810, 0, 0, 0, 0, 0, 162, 0, 0, 0, 666, 0, 0, 0, 605, 0, 875, 0, 0, 0, 47, 0, 0, 0, 0, 0, 0, 579,
    0, 0, 0, 0, 0, 0, 0, 0, 949, 0, 38, 0, 0, 0, 0, 0, 361, 0, 519, 0, 0, 85, 526, 0, 0, 0, 0, 0, 0,
    1062, 558, 0, 0, 0, 0, 0, 0, 308, 0, 0, 0, 753, 0, 0, 0, 568, 0, 0, 66, 761, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 425, 324, 0, 0, 0, 0, 1056, 0, 0, 845, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 722, 0, 0,
    0, 106, 0, 0, 127, 179, 0, 0, 0, 277, 372, 1152, 115, 287, 0, 0, 1153, 0, 0, 0, 598, 0, 694, 0,
    0, 0, 0, 448, 0, 830, 0, 743, 0, 0, 0, 0, 120, 0, 0, 916, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    266, 591, 270, 768, 0, 0, 0, 0, 834, 565, 336, 473, 0, 0, 1052, 0, 136, 0, 0, 0, 0, 0, 0, 0,
    978, 0, 0, 0, 0, 721, 0, 0, 0, 0, 0, 418, 0, 0, 0, 790, 850, 0, 0, 0, 0, 0, 904, 646, 0, 156,
    1025, 0, 0, 609, 651, 145, 0, 626, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 261, 275, 1047, 0, 0, 0, 0,
    22, 1027, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 332, 0, 0, 55, 0, 969, 0, 0, 0, 12, 0, 0, 0, 291,
    352, 0, 0, 1113, 0, 0, 0, 0, 397, 692, 0, 0, 0, 0, 198, 0, 0, 0, 0, 0, 0, 0, 918, 0, 0, 567, 0,
    0, 0, 0, 0, 1101, 281, 0, 0, 0, 0, 0, 1072, 1142, 0, 0, 0, 0, 898, 154, 0, 400, 0, 0, 0, 1066,
    65, 0, 0, 851, 723, 449, 0, 0, 0, 0, 0, 0, 0, 534, 431, 0, 0, 447, 0, 329, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 518, 0, 0, 0, 0, 0, 0, 0, 0, 0, 554, 654, 0, 0, 0, 0, 105, 280, 729, 1095, 0, 0, 0,
    61, 0, 0, 0, 633, 0, 0, 0, 0, 18, 0, 0, 0, 795, 0, 0, 0, 0, 0, 0, 0, 337, 0, 0, 0, 0, 0, 0, 0,
    0, 789, 0, 0, 0, 0, 0, 0, 0, 0, 0, 667, 733, 0, 0, 820, 0, 0, 0, 551, 964, 245, 218, 1128, 664,
    881, 0, 349, 867, 502, 0, 0, 548, 714, 0, 0, 0, 0, 0, 0, 0, 0, 846, 0, 0, 0, 0, 0, 687, 0, 0, 0,
    17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 70, 1105, 0, 0, 0, 0, 87, 891, 0, 0, 0, 0, 0, 0, 0, 11,
    0, 0, 0, 0, 635, 131, 0, 0, 0, 0, 0, 0, 0, 0, 786, 0, 0, 0, 0, 82, 362, 0, 0, 0, 0, 0, 0, 1010,
    779, 411, 0, 470, 0, 28, 0, 0, 0, 0, 0, 1107, 0, 306, 0, 0, 0, 0, 925, 0, 0, 0, 0, 0, 0, 0, 0,
    168, 0, 0, 0, 354, 0, 3, 0, 0, 643, 248, 953, 0, 773, 888, 0, 0, 180, 0, 0, 0, 1029, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 203, 155, 0, 0, 0, 0, 902, 0, 765, 0, 363, 0, 0, 0, 885, 0, 0, 0, 0, 0,
    0, 0, 0, 540, 0, 0, 15, 274, 0, 153, 359, 0, 0, 78, 0, 0, 0, 0, 0, 1022, 0, 0, 799, 0, 0, 0, 0,
    0, 0, 0, 890, 0, 474, 1043, 0, 0, 0, 0, 1088, 0, 399, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    221, 0, 73, 0, 0, 0, 0, 655, 1158, 855, 0, 100, 0, 0, 0, 0, 640, 0, 608, 0, 0, 801, 95, 621, 0,
    0, 1034, 0, 0, 0, 0, 1070, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1127, 0, 0, 0, 45, 836, 0, 0, 258,
    0, 0, 0, 0, 0, 510, 0, 0, 0, 482, 135, 0, 0, 0, 69, 0, 0, 0, 0, 205, 523, 525, 977, 1102, 0, 0,
    0, 0, 0, 0, 955, 0, 516, 0, 0, 0, 661, 0, 0, 0, 0, 0, 0, 0, 736, 1112, 0, 0, 0, 0, 30, 0, 0, 0,
    98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 735, 0, 0, 933, 0, 0, 0, 0, 0, 0, 0, 0, 0, 343, 1079, 1151, 706,
    0, 0, 0, 1009, 0, 0, 0, 182, 351, 0, 323, 0, 0, 852, 0, 0, 781, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 161, 0, 0, 0, 0, 0, 427, 0, 264, 607, 0, 0, 0, 0, 0, 0, 0, 0, 0, 147, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 1031, 0, 0, 301, 892, 0, 0, 0, 409, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 124,
    1012, 0, 0, 0, 0, 0, 0, 0, 423, 764, 0, 0, 0, 0, 0, 0, 0, 74, 0, 413, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 188, 0, 0, 679, 0, 0, 49, 0, 271, 0, 0, 0, 391, 0, 939, 0, 0,
    461, 0, 0, 0, 741, 818, 1053, 0, 0, 0, 991, 0, 0, 0, 0, 0, 0, 0, 333, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 190, 582, 742, 800, 0, 201, 1106, 0, 930, 0, 760, 901, 401, 0, 0, 126, 498, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 392, 0, 0, 0, 0, 0, 0, 727, 690, 224, 458, 613, 927, 1086, 0, 0, 0, 0, 0,
    464, 0, 0, 243, 0, 0, 0, 0, 0, 0, 267, 468, 530, 0, 0, 0, 0, 0, 0, 652, 702, 708, 928, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 235, 630, 0, 586, 1024, 0, 0, 0, 237, 1116, 0, 0, 424, 0, 0, 903, 0, 0,
    0, 0, 0, 1006, 0, 0, 0, 0, 0, 0, 0, 0, 247, 0, 0, 1044, 0, 499, 0, 0, 0, 93, 0, 0, 0, 0, 0, 0,
    889, 0, 0, 0, 357, 1120, 0, 0, 0, 178, 0, 0, 0, 1003, 665, 0, 0, 527, 0, 0, 209, 1069, 0, 0,
    965, 0, 0, 0, 0, 246, 0, 196, 1074, 0, 0, 685, 835, 0, 940, 171, 0, 0, 0, 0, 0, 0, 1147, 0, 215,
    0, 650, 0, 0, 841, 872, 791, 496, 476, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 827, 0, 0, 0, 546, 0,
    649, 923, 0, 0, 0, 0, 0, 670, 717, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 163, 0, 0, 1099, 577, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 204, 0, 0, 0, 0, 0, 0, 0, 0, 0, 260, 0, 0, 0, 0, 0, 0, 334, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0,
    0, 1050, 122, 1051, 0, 0, 1021, 0, 0, 0, 0, 0, 0, 581, 441, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1119, 0,
    0, 0, 0, 0, 0, 0, 1118, 0, 0, 878, 0, 0, 1144, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 53, 0, 0, 0, 0,
    948, 1075, 0, 0, 0, 0, 0, 0, 0, 0, 481, 0, 0, 319, 335, 1023, 0, 0, 339, 0, 54, 897, 0, 327, 0,
    158, 0, 443, 974, 0, 0, 36, 0, 52, 999, 0, 0, 0, 0, 0, 0, 0, 216, 0, 0, 253, 348, 971, 1016, 0,
    906, 0, 677, 587, 0, 0, 220, 0, 1140, 0, 532, 994, 0, 477, 0, 0, 347, 0, 0, 390, 0, 0, 0, 821,
    0, 0, 701, 0, 0, 0, 823, 0, 0, 0, 0, 0, 440, 1080, 119, 711, 1148, 0, 0, 0, 0, 0, 1150, 0, 0, 0,
    0, 995, 0, 0, 0, 0, 0, 0, 490, 480, 561, 0, 0, 0, 0, 0, 563, 0, 393, 0, 0, 0, 588, 629, 0, 931,
    557, 0, 377, 843, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 422, 484, 0, 0, 0, 0, 0, 0,
    466, 738, 1081, 0, 21, 460, 0, 0, 0, 0, 0, 0, 1110, 0, 90, 0, 241, 1057, 0, 0, 550, 0, 0, 0,
    653, 0, 0, 0, 0, 0, 0, 0, 0, 0, 406, 0, 0, 0, 603, 792, 0, 873, 0, 573, 358, 663, 404, 491, 234,
    941, 0, 832, 1098, 134, 0, 0, 0, 0, 0, 0, 0, 0, 658, 718, 877, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 771, 0, 0, 0, 0, 751, 874, 0, 0, 27, 104, 0, 0, 0, 0, 0, 0, 0, 0, 0, 662, 0, 0, 0, 0,
    0, 0, 10, 0, 0, 0, 0, 0, 656, 973, 0, 0, 0, 0, 0, 947, 686, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1055, 0, 912, 88, 622, 186, 1019, 0, 0, 0, 0, 0, 542, 0, 593, 0, 783, 0, 0, 0, 0, 0, 704, 0, 86,
    384, 0, 0, 0, 403, 0, 0, 0, 0, 0, 0, 0, 913, 0, 0, 1018, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 985, 0,
    429, 0, 0, 0, 0, 805, 0, 0, 0, 0, 0, 0, 259, 0, 0, 0, 0, 452, 574, 0, 972, 0, 1046, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 157, 1145, 1154, 0, 0, 0, 0, 0, 0, 112, 0, 0, 0, 698, 0, 0, 0,
    0, 0, 0, 1001, 0, 0, 0, 0, 0, 0, 720, 0, 880, 286, 0, 796, 802, 0, 0, 0, 342, 435, 862, 829,
    911, 0, 471, 0, 0, 0, 0, 0, 0, 0, 541, 0, 0, 0, 210, 637, 808, 0, 16, 0, 6, 0, 0, 543, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 1068, 611, 0, 0, 0, 0, 0, 0, 0, 1141, 0, 0, 37, 0, 0, 1129, 387, 0, 0, 0, 0,
    0, 8, 56, 610, 688, 602, 487, 0, 572, 868, 0, 0, 430, 1063, 0, 0, 0, 0, 0, 395, 0, 303, 0, 0, 0,
    0, 512, 509, 0, 0, 0, 0, 0, 0, 0, 0, 794, 982, 0, 483, 0, 1077, 0, 0, 0, 0, 0, 46, 683, 506,
    1030, 0, 0, 0, 0, 0, 0, 0, 962, 0, 0, 130, 0, 0, 1076, 0, 575, 0, 0, 945, 433, 0, 0, 60, 0, 0,
    680, 0, 0, 0, 0, 0, 0, 0, 0, 0, 957, 0, 0, 0, 0, 330, 454, 0, 0, 0, 0, 0, 0, 298, 0, 0, 20, 133,
    165, 0, 0, 0, 0, 0, 1096, 0, 759, 762, 990, 0, 0, 0, 225, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 908, 1125, 0, 0, 0, 0, 0, 0, 0, 0, 420, 1155, 0, 0, 0, 0, 0, 0, 1000, 0, 0, 0, 0, 0, 0,
    0, 854, 0, 0, 0, 0, 0, 0, 0, 0, 678, 0, 0, 825, 0, 612, 0, 0, 0, 231, 369, 0, 0, 0, 0, 0, 682,
    0, 0, 600, 0, 0, 432, 0, 0, 641, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 533, 0, 0, 0, 0, 438, 0,
    871, 984, 0, 1013, 0, 0, 876, 214, 0, 428, 886, 0, 0, 5, 0, 0, 0, 0, 0, 920, 0, 0, 0, 89, 1082,
    0, 0, 0, 0, 0, 0, 544, 0, 0, 976, 445, 0, 0, 0, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 402, 340,
    0, 882, 0, 0, 597, 0, 0, 0, 0, 585, 0, 0, 0, 0, 110, 1033, 0, 299, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    937, 0, 0, 123, 0, 370, 0, 0, 0, 0, 0, 0, 0, 283, 63, 0, 410, 0, 77, 0, 831, 1067, 0, 0, 0, 486,
    0, 0, 0, 0, 0, 434, 0, 0, 0, 0, 0, 302, 442, 0, 0, 0, 7, 0, 0, 0, 595, 0, 0, 0, 0, 0, 556, 0, 0,
    0, 0, 0, 0, 0, 467, 0, 240, 0, 0, 0, 0, 268, 0, 0, 0, 0, 716, 1026, 0, 0, 0, 0, 0, 0, 29, 703,
    1078, 414, 0, 614, 0, 0, 0, 0, 531, 0, 0, 0, 0, 229, 0, 0, 0, 421, 0, 0, 0, 307, 0, 0, 296, 863,
    780, 25, 0, 183, 96, 0, 0, 0, 83, 0, 0, 0, 513, 858, 67, 0, 0, 0, 0, 0, 0, 0, 0, 504, 0, 0, 0,
    0, 0, 398, 0, 262, 0, 167, 0, 0, 0, 0, 0, 0, 0, 0, 79, 191, 320, 0, 0, 0, 0, 1124, 0, 952, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 606, 0, 0, 583, 893, 0, 0, 895, 0, 42, 0, 0,
    0, 0, 0, 740, 0, 0, 0, 0, 0, 0, 99, 0, 0, 0, 963, 566, 0, 0, 0, 695, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 169, 942, 0, 0, 121, 0, 0, 0, 0, 0, 0, 0, 917, 0, 0, 0, 0, 338, 0, 636, 265, 0, 0, 31,
    0, 0, 0, 0, 1, 866, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 537, 0, 0, 816, 0, 0, 0, 0, 0, 0, 0, 2, 0,
    0, 0, 508, 0, 848, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 39, 954, 627, 0, 0, 257, 0, 0,
    1139, 0, 750, 200, 304, 500, 774, 815, 0, 934, 0, 0, 0, 249, 1117, 0, 0, 0, 619, 1037, 1015, 0,
    0, 0, 0, 0, 0, 0, 311, 314, 236, 728, 451, 0, 772, 0, 0, 0, 0, 691, 0, 0, 173, 0, 0, 562, 0, 0,
    0, 0, 0, 0, 671, 0, 0, 0, 0, 0, 673, 922, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 599, 256, 0, 0, 0,
    1114, 615, 998, 0, 211, 0, 822, 0, 1143, 1028, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 545, 0, 76, 0, 310, 0, 0, 0, 0, 936, 1121, 0, 0, 0, 0, 592, 0, 273, 915, 0,
    0, 0, 634, 0, 0, 0, 0, 0, 712, 0, 0, 0, 769, 814, 838, 778, 0, 0, 0, 0, 770, 0, 844, 0, 812, 0,
    0, 0, 0, 0, 0, 0, 511, 970, 0, 0, 0, 0, 238, 757, 0, 0, 0, 0, 0, 0, 0, 109, 997, 0, 405, 0, 0,
    589, 631, 0, 0, 0, 0, 0, 819, 389, 0, 0, 0, 0, 345, 1039, 0, 0, 826, 0, 0, 0, 0, 0, 0, 0, 758,
    0, 0, 0, 0, 0, 0, 849, 0, 0, 879, 1017, 0, 0, 0, 0, 0, 788, 517, 0, 0, 0, 817, 0, 0, 776, 0,
    617, 0, 0, 0, 0, 0, 0, 0, 0, 0, 129, 177, 0, 282, 0, 0, 0, 285, 457, 0, 0, 0, 0, 1059, 547, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 596, 0, 0, 0, 485, 0, 0, 0, 0, 0, 0, 860, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 59, 350, 521, 865, 138, 684, 228, 469, 899, 192, 951, 226, 23, 1126, 514, 0, 0, 232, 0,
    0, 0, 0, 0, 492, 1156, 0, 0, 638, 407, 763, 1085, 1103, 657, 0, 0, 0, 0, 0, 0, 0, 0, 137, 0,
    254, 312, 72, 419, 0, 0, 0, 0, 0, 946, 0, 0, 0, 0, 0, 0, 806, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13,
    111, 555, 1065, 0, 864, 44, 212, 0, 1042, 0, 0, 0, 0, 0, 0, 0, 0, 0, 172, 681, 996, 0, 0, 0, 0,
    0, 0, 0, 0, 1038, 0, 628, 0, 0, 0, 507, 935, 515, 0, 0, 0, 752, 0, 0, 0, 0, 189, 396, 0, 0, 0,
    535, 0, 0, 0, 255, 0, 0, 150, 0, 373, 0, 41, 0, 0, 0, 0, 0, 146, 222, 437, 905, 0, 0, 0, 101, 0,
    353, 0, 0, 0, 625, 1073, 0, 0, 0, 175, 0, 0, 116, 0, 0, 1135, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1007, 0, 202, 0, 139, 0, 0, 0, 0, 356, 0, 950, 0, 0, 0, 0, 0, 668, 571, 842, 376, 355, 856, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 294, 0, 0, 0, 0, 0, 0, 981, 0, 0, 0, 208, 1040,
    0, 560, 501, 1091, 992, 0, 0, 0, 0, 382, 0, 0, 0, 0, 0, 292, 0, 0, 0, 0, 0, 0, 0, 1084, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 807, 0, 0, 0, 489, 0, 321, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    632, 921, 149, 1004, 861, 0, 0, 0, 0, 318, 0, 0, 0, 0, 269, 0, 0, 0, 0, 0, 0, 0, 0, 0, 197, 0,
    1064, 0, 0, 0, 0, 313, 462, 57, 0, 0, 0, 0, 0, 0, 0, 305, 989, 0, 0, 0, 1071, 0, 0, 0, 0, 956,
    0, 102, 426, 444, 709, 0, 0, 0, 0, 0, 0, 0, 0, 0, 278, 322, 648, 0, 0, 775, 538, 0, 0, 0, 0,
    365, 0, 0, 0, 0, 647, 0, 0, 0, 223, 0, 0, 185, 0, 0, 325, 944, 0, 0, 184, 0, 0, 0, 0, 0, 966, 4,
    80, 0, 0, 0, 0, 0, 0, 0, 958, 239, 1089, 0, 0, 0, 0, 828, 374, 979, 1008, 64, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 824, 0, 919, 0, 0, 0, 383, 1157, 0, 385, 0, 0, 0, 174, 9, 34, 715, 914, 0, 68, 0, 745,
    0, 0, 0, 0, 0, 0, 0, 0, 724, 493, 1138, 754, 0, 0, 0, 0, 0, 0, 618, 0, 0, 316, 0, 251, 0, 0, 0,
    0, 0, 0, 132, 0, 0, 0, 276, 478, 1048, 0, 439, 206, 0, 755, 360, 756, 616, 1011, 0, 0, 94, 0, 0,
    932, 0, 0, 408, 0, 0, 0, 0, 0, 378, 364, 975, 344, 0, 0, 0, 0, 0, 0, 475, 0, 0, 0, 0, 0, 744,
    645, 0, 479, 0, 0, 295, 297, 784, 250, 195, 798, 0, 0, 62, 0, 536, 0, 0, 793, 983, 0, 0, 1014,
    0, 0, 0, 0, 0, 0, 375, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 833, 0, 0, 0, 0, 0, 0, 0, 0, 697, 0,
    58, 0, 0, 0, 785, 159, 929, 0, 230, 887, 1109, 719, 0, 0, 1146, 0, 0, 961, 0, 0, 0, 415, 839, 0,
    0, 0, 0, 0, 0, 326, 0, 0, 0, 0, 1123, 0, 0, 0, 0, 0, 669, 0, 328, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0,
    0, 0, 0, 0, 0, 114, 0, 0, 0, 0, 0, 0, 604, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 394, 0, 0, 1049, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 553, 0, 0, 0, 0, 0, 0, 578, 0, 0, 0, 0, 0, 0, 0, 883, 623, 0, 0,
    1035, 0, 0, 705, 117, 0, 0, 0, 0, 0, 0, 0, 0, 0, 288, 279, 0, 0, 0, 0, 0, 0, 0, 0, 529, 495, 0,
    0, 1093, 813, 1100, 0, 900, 0, 986, 0, 803, 0, 0, 0, 0, 0, 0, 0, 81, 459, 676, 0, 0, 0, 0, 1092,
    809, 0, 113, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1097, 0, 0, 0, 388, 601, 938, 0, 0, 0,
    782, 0, 0, 0, 0, 24, 75, 0, 0, 0, 725, 0, 0, 0, 465, 660, 1131, 463, 980, 894, 0, 300, 346, 0,
    0, 456, 797, 0, 1094, 859, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 164, 0, 0, 674, 0, 0, 0, 0, 341,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 710, 731, 0, 33, 140, 1061, 0, 0,
    0, 152, 0, 0, 0, 0, 1090, 0, 0, 0, 367, 0, 0, 108, 0, 0, 0, 0, 0, 0, 0, 1136, 0, 0, 0, 0, 726,
    0, 959, 32, 0, 0, 869, 0, 0, 0, 0, 416, 987, 777, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1002,
    857, 0, 488, 0, 0, 26, 1111, 0, 0, 0, 539, 0, 0, 1041, 0, 576, 0, 0, 993, 0, 0, 0, 151, 503,
    417, 564, 967, 0, 0, 0, 0, 315, 0, 0, 0, 988, 0, 0, 1104, 170, 0, 0, 0, 0, 0, 0, 0, 0, 0, 910,
    0, 0, 0, 924, 1130, 0, 0, 0, 594, 0, 0, 0, 0, 0, 1058, 675, 252, 0, 0, 552, 317, 0, 0, 0, 0, 0,
    494, 699, 737, 896, 453, 0, 0, 0, 696, 1045, 0, 0, 0, 0, 0, 569, 884, 907, 0, 181, 909, 960, 0,
    0, 0, 1134, 0, 0, 0, 0, 1054, 1132, 0, 0, 0, 0, 0, 549, 0, 0, 0, 0, 0, 0, 0, 847, 0, 0, 0, 0, 0,
    0, 14, 0, 0, 0, 0, 0, 748, 0, 446, 730, 0, 0, 0, 0, 450, 707, 0, 0, 0, 97, 142, 713, 1005, 272,
    118, 689, 0, 0, 0, 0, 176, 309, 1133, 0, 0, 0, 0, 926, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 837, 1032,
    0, 0, 0, 0, 0, 263, 331, 0, 0, 853, 0, 0, 0, 0, 0, 0, 217, 381, 193, 0, 227, 642, 747, 0, 0, 0,
    0, 213, 0, 0, 0, 0, 1087, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1122, 244, 528, 870, 624, 0, 0, 0, 0,
    0, 0, 0, 242, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1036, 0, 0, 293, 0, 0, 0, 0, 584, 0, 659, 0, 0, 0,
    0, 0, 0, 0, 0, 35, 0, 0, 0, 0, 0, 0, 0, 0, 386, 520, 0, 0, 0, 0, 0, 166, 1060, 0, 50, 0, 0, 0,
    0, 639, 0, 0, 472, 0, 0, 0, 0, 1137, 0, 0, 0, 48, 0, 0, 505, 0, 0, 620, 0, 0, 0, 0, 0, 0, 0,
    148, 0, 0, 207, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 144, 379, 0, 0, 580, 366, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 290, 0, 380, 0, 289, 0, 0, 0, 0, 0, 0, 524, 0, 0, 0, 0, 0, 0, 412, 160, 0, 436, 0,
    0, 0, 143, 559, 0, 0, 0, 0, 0, 766, 0, 0, 0, 103, 0, 141, 0, 0, 739, 0, 0, 0, 0, 194, 219, 943,
    0, 0, 0, 0, 0, 0, 1115, 0, 0, 0, 0, 0, 0, 0, 0, 672, 0, 1149, 0, 644, 0, 0, 0, 71, 0, 0, 1108,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 187, 0, 840, 0, 0, 0, 371, 0, 787, 43, 0, 0, 0, 0, 522,
    497, 0, 0, 125, 0, 0, 0, 0, 0, 0, 767, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 199, 368, 734, 1083, 0,
    0, 0, 570, 455, 590, 700, 811, 0, 0, 0, 0, 0, 284, 0, 0, 0, 0, 233, 0, 0, 92, 0, 749, 107, 0, 0,
    732, 0, 0, 0, 0, 0,
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
