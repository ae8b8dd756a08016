package nlp

// Tone markers are words a careful editor would query in copy: loaded
// language, which judges while it reports, and hedges, which report what
// no one is named as saying. The lists follow the style guides that warn
// against them (Wikipedia's "Words to watch", MOS:WTW, and the wire
// agencies' advice on "said" and on attribution), not any one article.
//
// Each entry is lower case, its words joined by single spaces; it is
// found as whole words (a hyphenated compound is one word),
// case-insensitively, with any white space between its words.

// Marker kinds (schema.Marker.Kind).
const (
	markerLoaded = "loaded"
	markerHedge  = "hedge"
)

// loadedWords judge while they report.
var loadedWords = []string{
	// Contentious labels: they take a side on what a thing is.
	"bigot", "bigots", "cult", "denialist", "denialists", "extremist",
	"extremists", "fanatic", "fanatics", "fundamentalist",
	"fundamentalists", "freedom fighter", "freedom fighters", "henchmen",
	"infamous", "mouthpiece", "notorious", "propaganda", "puppet",
	"racist", "regime", "regimes", "sect", "so-called", "terrorist",
	"terrorists", "thug", "thugs", "zealot", "zealots",
	// Verbs for "said" that judge the speaker: "claimed" doubts,
	// "admitted" implies guilt, "insisted" stubbornness, "whispering"
	// conspiracy.
	"admits", "admitted", "boasted", "boasts", "bragged", "claimed",
	"claiming", "conceded", "concedes", "confessed", "insisted",
	"insists", "moaned", "ranted", "sneered", "scoffed", "whined",
	"whispered", "whispering",
	// Headlinese verbs of attack.
	"blast", "blasted", "blasts", "hit out", "hits out", "lash out",
	"lashed out", "lashes out", "slam", "slammed", "slams", "savaged",
	"tirade",
	// Puffery.
	"groundbreaking", "iconic", "legendary", "prestigious", "renowned",
	"visionary", "world-class",
	// Editorializing adverbs: the writer's verdict.
	"arguably", "ironically", "obviously", "shockingly", "tragically",
	"undoubtedly",
}

// hedgeWords report a claim without a named source, or cast doubt on it.
var hedgeWords = []string{
	"allegedly", "apparently", "ostensibly", "presumably", "purportedly",
	"reportedly", "rumored", "rumoured", "seemingly", "supposedly",
	"unconfirmed", "unverified",
	"alleged", "purported",
	"it is believed", "it is thought", "it is said", "it is understood",
	"it is reported", "it is claimed", "it is alleged", "it is feared",
	"it appears", "it seems",
	"is believed to", "is thought to", "is said to", "is understood to",
	"are believed to", "are thought to", "are said to",
	"according to reports", "according to sources", "reports suggest",
	"sources say", "sources said", "unnamed sources",
	"critics say", "many believe", "some believe", "some say",
}
