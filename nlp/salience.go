package nlp

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// export computes each entity's salience, sorts the entities by it, gives
// them their IDs ("e1" is the most salient) and converts them to the
// schema. quoted counts the quotes attributed to each entity.
//
// Salience adds up the evidence an editor would weigh: how often the
// entity is mentioned (with diminishing returns), whether it is in the
// headline or standfirst, how early it first appears, and whether it is
// quoted. It is scaled so that the most salient entity has 1.
func (s *entitySet) export(doc *document, quoted map[*entity]int) []schema.Entity {
	var top []int
	for bi, b := range doc.blocks {
		if b.kind == schema.ParagraphHeadline || b.kind == schema.ParagraphStandfirst {
			top = append(top, bi)
		}
	}
	n := float64(len(doc.text))
	maxScore := 0.0
	for _, e := range s.list {
		sortMentions(e.mentions)
		if len(e.mentions) == 0 {
			continue
		}
		score := math.Log2(1 + float64(len(e.mentions)))
		first := float64(e.mentions[0].start) / math.Max(n, 1)
		score += 1 - first
		for _, m := range e.mentions {
			if bi := doc.blockOf(m.start); bi >= 0 && containsInt(top, bi) {
				score += 1
				break
			}
		}
		score += math.Log2(1 + float64(quoted[e]))
		e.salience = score
		maxScore = math.Max(maxScore, score)
	}
	sort.SliceStable(s.list, func(i, j int) bool { return s.list[i].salience > s.list[j].salience })
	out := make([]schema.Entity, 0, len(s.list))
	for i, e := range s.list {
		e.id = "e" + strconv.Itoa(i+1)
		se := schema.Entity{
			ID:       e.id,
			Name:     e.name,
			Type:     e.typ,
			Aliases:  aliases(doc, e),
			Roles:    append([]string{}, e.roles...),
			Salience: math.Round(e.salience/math.Max(maxScore, 1e-9)*1000) / 1000,
		}
		for _, m := range e.mentions {
			se.Mentions = append(se.Mentions, schema.Mention{Start: m.start, End: m.end, Text: doc.slice(m.start, m.end), Kind: m.kind})
		}
		out = append(out, se)
	}
	return out
}

// aliases are the entity's other name forms, in order of first use.
func aliases(doc *document, e *entity) []string {
	out := []string{}
	for _, m := range e.mentions {
		if m.kind != schema.MentionName {
			continue
		}
		f := nameForm(doc.slice(m.start, m.end))
		// "PUTIN" in a headline set in capitals is no other name than
		// Putin; the surname itself stays an alias.
		otherCase := func(a string) bool { return a != f && strings.EqualFold(a, f) }
		if f == e.name || otherCase(e.name) || slices.ContainsFunc(out, func(a string) bool { return strings.EqualFold(a, f) }) ||
			slices.ContainsFunc(strings.Fields(e.name), otherCase) {
			continue
		}
		out = append(out, f)
	}
	return out
}

func containsInt(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}
