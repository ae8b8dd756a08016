package nlp

// keyStopWords are words the tagger may call nouns or adjectives that
// never make a key phrase, or a part of one: quantifiers and indefinite
// pronouns ("many", "anyone"), deictic time words and units ("today", "hours"), vague nouns
// ("thing", "way", "lot") and the calendar's names, which the dates stage
// reports. Sorted, for a binary search; lower-case ASCII.
var keyStopWords = []string{
	"all", "another", "any", "anybody", "anyone", "anything", "april", "august", "bit", "both",
	"certain", "day", "days", "december", "each", "earlier", "either", "else", "enough", "every",
	"everybody", "everyone", "everything", "february", "few", "first", "former", "friday", "further",
	"half", "hour", "hours", "january", "july", "june", "kind", "last", "later", "latter", "least",
	"less", "lot", "lots", "many", "march", "matter", "may", "minute", "minutes", "monday", "month",
	"months", "more", "most", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "much", "neither", "next",
	"nobody", "none", "nothing", "november", "october", "other", "others", "own", "part", "past",
	"per", "percent", "same", "saturday", "second", "sense", "september", "several", "similar",
	"some", "somebody", "someone", "something", "sort", "such", "sunday", "thing", "things", "third",
	"thursday", "time", "times", "today", "tomorrow", "tonight", "tuesday", "various", "way", "ways",
	"wednesday", "week", "weeks", "whatever", "year", "years", "yesterday",
}

// isKeyStopWord looks w up case-insensitively without allocating.
func isKeyStopWord(w string) bool {
	var buf [16]byte
	key, ok := asciiLower(buf[:], w)
	if !ok {
		return false
	}
	lo, hi := 0, len(keyStopWords)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if keyStopWords[m] < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(keyStopWords) && keyStopWords[lo] == string(key)
}
