package nlp

import (
	"strings"
	"unicode"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// spanType maps the model's type of a span (PER, ORG or LOC) to an
// OntoNotes type. The model knows three types; the name's head word tells
// the finer ones, and overrules the model where a head word settles the
// kind of thing named: "Duke University" is an organization and "Kennedy
// Space Center" is not a person, whatever the context suggested.
//
// The head is the last word, or the word before "of" in names built that
// way ("University of Southern Indiana", "Department of Defense").
func spanType(doc *document, t string, toks []token) string {
	head := strings.TrimSuffix(lowerWord(doc, toks[headIndex(doc, toks)]), ".") // "Clean Air Act."
	// "Shirley Temple", "Stuart Hall": a given name and a surname that is
	// also a head word stay a person.
	personal := t == "PER" && len(toks) == 2 && toks[0].gaz&nerfeat.GivenName != 0 && surnameHeads[head]
	if len(toks) == 2 && toks[0].gaz&nerfeat.Demonym != 0 && stateForms[head] {
		return schema.GPE // "Russian Federation", "French Republic"
	}
	if len(toks) > 1 && !personal {
		switch {
		case eventHeads[head]:
			return schema.Event
		case lawHeads[head]:
			return schema.Law
		case facHeads[head]:
			return schema.Facility
		case orgHeads[head]:
			return schema.Org
		}
	}
	switch t {
	case "PER":
		return schema.Person
	case "ORG":
		return schema.Org
	case "LOC":
		if toks[len(toks)-1].gaz&(nerfeat.Country|nerfeat.City) != 0 || gpeHeads[head] {
			return schema.GPE
		}
		return schema.Loc
	}
	return ""
}

// headIndex is the index in toks of a name's head word.
func headIndex(doc *document, toks []token) int {
	for i := 1; i < len(toks)-1; i++ {
		if lowerWord(doc, toks[i]) == "of" {
			return i - 1
		}
	}
	if n := len(toks); n > 1 && romanNumerals[doc.slice(toks[n-1].start, toks[n-1].end)] {
		return n - 2 // "World War II"
	}
	return len(toks) - 1
}

// orgHeads end (or, before "of", head) the names of organizations.
var orgHeads = set(
	"university", "college", "school", "academy", "institute", "institution", "foundation",
	"museum", "gallery", "library", "society", "association", "federation", "union", "league",
	"club", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "co",
	"group", "holdings", "bank", "fund", "party", "council", "committee", "commission",
	"department", "ministry", "agency", "bureau", "office", "service", "services", "authority",
	"board", "court", "parliament", "senate", "congress", "assembly", "cabinet", "government",
	"administration", "secretariat", "army", "navy", "force", "forces", "corps", "guard",
	"police", "brigade", "battalion", "regiment", "division", "squadron", "fleet", "command",
	"coalition", "alliance", "movement", "front", "organization", "organisation", "network",
	"center", "centre", "program", "programme", "project", "initiative", "hospital", "church",
	"airlines", "airways", "motors", "systems", "technologies", "laboratories", "labs",
	"studios", "records", "entertainment", "media", "press", "magazine", "newspaper", "times",
	"post", "journal", "tribune", "herald", "gazette", "news", "team", "brothers", "partners",
)

// facHeads end the names of buildings and structures, OntoNotes' FAC:
// "Qayyarah Airfield", "Ishtar Gate", "Brooklyn Bridge".
var facHeads = set(
	"airport", "airfield", "airbase", "base", "bridge", "tunnel", "highway", "freeway", "motorway",
	"expressway", "road", "street", "avenue", "boulevard", "square", "plaza", "stadium", "arena",
	"tower", "towers", "palace", "castle", "cathedral", "mosque", "temple", "synagogue", "prison",
	"jail", "dam", "gate", "building", "hall", "terminal", "station", "pier", "harbour", "harbor",
)

// lawHeads end the names of laws and treaties: "Patriot Act", "Treaty of
// Versailles" (head before "of"), "First Amendment", "Kyoto Protocol".
var lawHeads = set("act", "treaty", "constitution", "amendment", "accord", "accords", "charter",
	"protocol", "statute", "code", "directive", "ordinance")

// surnameHeads are head words that are also common surnames.
var surnameHeads = set("hall", "church", "temple", "tower", "castle", "street", "post", "wall", "gate",
	"bridge", "times", "press", "guard", "front", "bank", "base", "station", "code", "law", "field",
	"brothers", "league", "union", "news")

// productNumber reports a model or version number right after the
// organization-like name toks[i:j]: "Airbus A380", "Internet Explorer 9
// users". Names of things with numbers are products; a company is not
// numbered. A bare number counts only after a name of two words or more
// and when no name, number or comma follows it, which is how sports
// results read ("Bolton Wanderers 2 Liverpool 1", "Leeds United 2, ...").
func productNumber(doc *document, i, j int) bool {
	toks := doc.tokens
	if j >= len(toks) || !adjacent(doc, toks[j-1], toks[j]) || doc.sentenceOf(toks[j].start) != doc.sentenceOf(toks[i].start) {
		return false
	}
	w := doc.slice(toks[j].start, toks[j].end)
	shape := nerfeat.Shape(w)
	switch shape {
	case "Xd", "X-d", "Xdx", "dX", "d-d", "xd":
		return startsUpper(w) || shape == "d-d" && j-i >= 2
	case "d":
		if j-i < 2 || len(w) > 2 {
			return false
		}
		if k := j + 1; k < len(toks) && doc.sentenceOf(toks[k].start) == doc.sentenceOf(toks[j].start) {
			next := doc.slice(toks[k].start, toks[k].end)
			return !startsUpper(next) && !unicode.IsDigit(firstRune(next)) && next != "," && next != "-"
		}
		return true
	}
	return false
}
