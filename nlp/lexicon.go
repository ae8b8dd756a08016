package nlp

// Word lists the rules use. They are closed classes of English (titles,
// pronouns, reporting verbs), written by hand, not tuned to any article.

// titleWords head a person's title or office ("Russian President",
// "Defense Secretary", "Gen."). Lower-cased; compared case-insensitively.
var titleWords = set(
	"president", "vice-president", "premier", "chancellor", "minister", "secretary", "senator", "sen.",
	"representative", "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor", "king",
	"queen", "prince", "princess", "emperor", "pope", "cardinal", "bishop", "archbishop", "rabbi",
	"imam", "sheikh", "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.",
	"captain", "capt.", "sergeant", "sgt.", "admiral", "adm.", "commander", "cmdr.", "marshal",
	"judge", "justice", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
	"chairman", "chairwoman", "chair", "ceo", "director", "chief", "head", "leader", "speaker",
	"attorney", "prosecutor", "commissioner", "inspector", "detective", "officer", "coach",
	"professor", "prof.", "dean", "chargé", "councillor", "councilman", "councilwoman", "sheriff",
	"dictator", "founder", "editor", "correspondent", "adviser", "advisor", "deputy", "acting",
	"pm", "mp", "superintendent", "treasurer", "consul", "patriarch", "ayatollah", "emir", "sultan",
	"tsar", "czar", "monsignor", "reverend", "rev.", "father", "commodore", "brigadier", "brig.",
	"corporal", "cpl.", "private", "pvt.", "specialist", "spc.", "airman", "seaman", "petty",
	"ensign", "secretary-general", "director-general", "minister-president", "chief-of-staff",
)

// honorifics are stripped from names but are not roles.
var honorifics = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "mx.", "mx")

// Personal pronouns that can stand for a quoted speaker, with the number
// and gender they agree with.
var pronounInfo = map[string]struct {
	plural bool
	gender string
}{
	"he": {false, "m"}, "she": {false, "f"}, "they": {true, ""}, "it": {false, "n"},
	"i": {false, ""}, "we": {true, ""},
}

// cueVerbs are reporting verbs that attribute speech, in the forms that
// appear next to a quote.
var cueVerbs = set(
	"said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "warned", "warns",
	"stressed", "stresses", "noted", "notes", "explained", "explains", "recalled", "recalls",
	"replied", "replies", "answered", "answers", "insisted", "insists", "argued", "argues",
	"claimed", "claims", "declared", "declares", "announced", "announces", "wrote", "writes",
	"tweeted", "tweets", "posted", "continued", "continues", "concluded", "concludes",
	"commented", "comments", "remarked", "remarks", "observed", "observes", "admitted", "admits",
	"acknowledged", "acknowledges", "suggested", "suggests", "urged", "urges", "cautioned",
	"emphasized", "emphasised", "emphasizes", "emphasises", "reminded", "reminds", "assured",
	"assures", "agreed", "agrees", "confirmed", "confirms", "denied", "denies", "predicted",
	"promised", "vowed", "pledged", "conceded", "countered", "shouted", "yelled", "joked",
	"quipped", "stated", "states", "responded", "responds", "mused", "exclaimed", "whispered",
	"testified", "reported", "reports", "estimated", "recounted", "complained", "boasted",
	"maintained", "contended", "alleged", "believes", "believed", "thinks", "thought", "feels",
	"felt", "wondered", "demanded", "pointed", "summed", "went", "put",
	"saying", "adding", "noting", "stressing", "warning", "explaining", "arguing", "insisting",
	"stating", "writing", "telling", "replying", "asking",
)

// personNouns head descriptions that can refer to a person ("the Russian
// leader", "the former senator"); orgNouns those that refer to an
// organization ("the newspaper", "the ministry").
var personNouns = set(
	"leader", "president", "premier", "minister", "secretary", "senator", "governor", "mayor",
	"king", "queen", "general", "official", "spokesman", "spokeswoman", "spokesperson", "chairman",
	"chairwoman", "director", "chief", "head", "ambassador", "diplomat", "envoy", "judge",
	"lawyer", "attorney", "prosecutor", "commander", "officer", "coach", "player", "star",
	"actor", "actress", "singer", "author", "writer", "scientist", "researcher", "professor",
	"expert", "analyst", "economist", "executive", "founder", "man", "woman", "boy", "girl",
	"politician", "lawmaker", "legislator", "candidate", "nominee", "activist", "witness",
	"victim", "survivor", "resident", "student", "teacher", "doctor", "physician", "nurse",
	"father", "mother", "son", "daughter", "husband", "wife", "captain", "manager", "owner",
	"dictator", "pope", "chancellor", "democrat", "republican", "incumbent", "veteran",
	"source", "insider", "aide", "adviser", "advisor", "representative", "negotiator",
)
var orgNouns = set(
	"newspaper", "paper", "daily", "agency", "ministry", "department", "company", "firm",
	"government", "administration", "organization", "organisation", "group", "party", "council",
	"committee", "court", "bank", "network", "channel", "magazine", "broadcaster", "union",
	"alliance", "association", "institute", "university", "club", "team", "army", "military",
	"police", "commission", "board", "office", "embassy", "station", "website", "outlet",
)

// determiners that open a description; indefinite ones mark an anonymous
// source ("a spokesman", "one official").
var definite = set("the", "this", "that", "these", "those")
var indefinite = set("a", "an", "one", "some", "several", "many", "two", "three", "other", "another")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// eventHeads are the last words of event names: "St. Petersburg
// International Economic Forum", "Gulf War", "Winter Olympics".
var eventHeads = set("forum", "summit", "conference", "games", "olympics", "cup", "championship",
	"championships", "festival", "war", "election", "elections", "expo", "marathon", "tournament",
	"awards", "convention", "revolution", "crisis", "referendum", "talks", "week")

// gpeHeads are the last words of the names of administrative divisions,
// which OntoNotes counts as GPEs: "Tver Region", "Sichuan Province".
var gpeHeads = set("region", "province", "state", "county", "oblast", "krai", "republic", "district",
	"prefecture", "city", "kingdom", "emirate", "governorate", "territory", "municipality")
