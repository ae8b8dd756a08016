package nlp

import (
	"sort"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// isAnonymousSource reports a source the text does not name: an
// indefinite or bare common-noun phrase ("officials", "a source familiar
// with the matter", "one diplomat"). Pronouns are not anonymous: "they"
// names someone the reader was told of, even when we cannot say whom.
func isAnonymousSource(doc *document, src [2]int) bool {
	words := strings.Fields(doc.slice(src[0], src[1]))
	if len(words) == 0 {
		return false
	}
	first := strings.ToLower(words[0])
	if _, ok := pronounInfo[first]; ok {
		return false
	}
	return indefinite[first] || !startsUpper(words[0]) && !definite[first] || commonNounSource(doc, src)
}

// summarizeSources sums up the quotes by speaker: how many quotes and
// quoted words each has and its share of all quoted words, how many quotes
// are named, anonymous or unattributed, and how many of the people quoted
// are women, men, or not known. gender gives each person entity's gender
// by ID ("f", "m" or "").
func summarizeSources(quotes []schema.Quote, entities []schema.Entity, gender map[string]string) *schema.Sources {
	out := &schema.Sources{Speakers: []schema.SpeakerShare{}}
	byID := map[string]*schema.Entity{}
	for i := range entities {
		byID[entities[i].ID] = &entities[i]
	}
	index := map[string]int{}
	for _, q := range quotes {
		words := wordCount(q.Text)
		out.QuotedWords += words
		switch {
		case q.Speaker != nil:
			out.Named++
		case q.Anonymous:
			out.Anonymous++
			continue
		default:
			out.Unattributed++
			continue
		}
		k, ok := index[*q.Speaker]
		if !ok {
			e := byID[*q.Speaker]
			if e == nil {
				continue
			}
			k = len(out.Speakers)
			index[e.ID] = k
			sp := schema.SpeakerShare{Entity: e.ID, Name: e.Name, Type: e.Type}
			if e.Type == schema.Person {
				sp.Gender = genderName(gender[e.ID])
				switch sp.Gender {
				case "female":
					out.Gender.Female++
				case "male":
					out.Gender.Male++
				default:
					out.Gender.Unknown++
				}
			}
			out.Speakers = append(out.Speakers, sp)
		}
		out.Speakers[k].Quotes++
		out.Speakers[k].Words += words
	}
	for i := range out.Speakers {
		if out.QuotedWords > 0 {
			out.Speakers[i].Share = roundTo(float64(out.Speakers[i].Words)/float64(out.QuotedWords), 3)
		}
	}
	sort.SliceStable(out.Speakers, func(i, j int) bool { return out.Speakers[i].Words > out.Speakers[j].Words })
	return out
}

func genderName(g string) string {
	switch g {
	case "f":
		return "female"
	case "m":
		return "male"
	}
	return "unknown"
}
