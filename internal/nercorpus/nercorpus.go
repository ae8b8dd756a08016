// Package nercorpus reads the openly licensed NER corpora of the shared data
// folder (../shared/data/ner; see its README.txt) as sentences of tokens and
// BIO labels over PER, ORG and LOC, for the entity model's trainer
// (cmd/trainner) and its evaluation (cmd/evalner).
package nercorpus

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Sentence is a training or test sequence: tokens and their BIO labels
// over PER, ORG and LOC.
type Sentence struct {
	Tokens, Labels []string
}

// ReadCoNLL reads token ... label lines, a blank line between sentences;
// the label is the last column and its type is mapped by mapType ("" for
// none). Lines starting with "# " are comments.
func ReadCoNLL(path string, mapType func(string) string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "# ") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			cols = strings.Fields(line)
		}
		if len(cols) < 2 {
			continue
		}
		cur.Tokens = append(cur.Tokens, cols[0])
		cur.Labels = append(cur.Labels, mapLabel(cols[len(cols)-1], mapType))
	}
	flush()
	return out, sc.Err()
}

func mapLabel(tag string, mapType func(string) string) string {
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I') {
		return "O"
	}
	if t := mapType(tag[2:]); t != "" {
		return tag[:2] + t
	}
	return "O"
}

// SameTypes keeps PER, ORG and LOC as they are.
func SameTypes(t string) string {
	switch t {
	case "PER", "ORG", "LOC":
		return t
	}
	return ""
}

// WNUTTypes: corporations and groups are ORG; products and works are not
// our three types.
func WNUTTypes(t string) string {
	switch t {
	case "person":
		return "PER"
	case "location":
		return "LOC"
	case "corporation", "group":
		return "ORG"
	}
	return ""
}

// CrossNERTypes maps CrossNER politics' fine types.
func CrossNERTypes(t string) string {
	switch t {
	case "person", "politician":
		return "PER"
	case "organisation", "politicalparty":
		return "ORG"
	case "location", "country":
		return "LOC"
	}
	return ""
}

// ReadRe3d reads one re3d source folder: documents with character-offset
// entities, tokenized here and cut into sentences. Nested or overlapping
// entities keep the longest.
func ReadRe3d(dir string) ([]Sentence, error) {
	type doc struct {
		ID   string `json:"_id"`
		Text string `json:"text"`
	}
	type ent struct {
		Begin, End int
		Type       string
		DocumentID string `json:"documentId"`
	}
	var docs []doc
	if err := readJSONLines(filepath.Join(dir, "documents.json"), func(b []byte) error {
		var d doc
		err := json.Unmarshal(b, &d)
		docs = append(docs, d)
		return err
	}); err != nil {
		return nil, err
	}
	ents := map[string][]ent{}
	if err := readJSONLines(filepath.Join(dir, "entities.json"), func(b []byte) error {
		var e ent
		err := json.Unmarshal(b, &e)
		ents[e.DocumentID] = append(ents[e.DocumentID], e)
		return err
	}); err != nil {
		return nil, err
	}
	var out []Sentence
	for _, d := range docs {
		es := ents[d.ID]
		sort.Slice(es, func(i, j int) bool {
			if es[i].Begin != es[j].Begin {
				return es[i].Begin < es[j].Begin
			}
			return es[i].End > es[j].End
		})
		// label[i] of each byte: the entity covering it, after dropping
		// entities nested in or overlapping a kept one.
		// re3d counts offsets in characters; these are bytes.
		byteAt := make([]int, 0, len(d.Text)+1)
		for i := range d.Text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(d.Text))
		typeAt := make([]string, len(d.Text))
		startAt := make([]bool, len(d.Text))
		end := -1
		for _, e := range es {
			t := re3dType(e.Type)
			if t == "" || e.Begin < 0 || e.End >= len(byteAt) || e.Begin >= e.End {
				continue
			}
			b, en, ok := re3dName(d.Text, byteAt[e.Begin], byteAt[e.End])
			if !ok || b < end {
				continue
			}
			for k := b; k < en; k++ {
				typeAt[k] = t
			}
			startAt[b] = true
			end = en
		}
		for _, s := range splitSentences(d.Text) {
			var sent Sentence
			prev := ""
			for _, tk := range tokenize(d.Text, s[0], s[1]) {
				t := typeAt[tk[0]]
				label := "O"
				if t != "" {
					if startAt[tk[0]] || prev != t {
						label = "B-" + t
					} else {
						label = "I-" + t
					}
				}
				prev = t
				sent.Tokens = append(sent.Tokens, d.Text[tk[0]:tk[1]])
				sent.Labels = append(sent.Labels, label)
			}
			if len(sent.Tokens) > 0 {
				out = append(out, sent)
			}
		}
	}
	return out, nil
}

// re3dName trims a re3d mention to the name in it, as the CoNLL-style
// corpora mark names: without a leading "the"; and refuses mentions that
// are not names (re3d also marks "we" and "the people of Iraq").
func re3dName(text string, b, e int) (int, int, bool) {
	m := text[b:e]
	for _, det := range []string{"the ", "The "} {
		if strings.HasPrefix(m, det) {
			b += len(det)
			m = m[len(det):]
		}
	}
	if m == "" || !unicode.IsUpper([]rune(m)[0]) {
		return 0, 0, false // "we", "the people", "a funeral tent"
	}
	for _, w := range strings.Fields(m) {
		if r := []rune(w)[0]; unicode.IsLower(r) && w != "of" && w != "and" && w != "for" && w != "de" && w != "al" {
			return 0, 0, false // a description: "Iraqi security forces"
		}
	}
	switch m {
	case "We", "I", "He", "She", "They", "You", "It", "Our", "Their":
		return 0, 0, false
	}
	// A title is not part of the name: "President Obama" is "Obama".
	for _, t := range re3dTitles {
		if len(m) > len(t)+1 && strings.EqualFold(m[:len(t)], t) && m[len(t)] == ' ' {
			return b + len(t) + 1, e, true
		}
	}
	return b, e, true
}

func re3dType(t string) string {
	switch t {
	case "Person":
		return "PER"
	case "Organisation":
		return "ORG"
	case "Location":
		return "LOC"
	}
	return ""
}

func readJSONLines(path string, each func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := each(sc.Bytes()); err != nil {
			return err
		}
	}
	return sc.Err()
}

// splitSentences cuts text at line breaks and at ". ", "? ", "! " before
// a capital: rough, but training only needs sequences of sensible length.
func splitSentences(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		cut := c == '\n'
		if (c == '.' || c == '?' || c == '!') && i+2 < len(text) && text[i+1] == ' ' && unicode.IsUpper(rune(text[i+2])) {
			cut = true
			i++
		}
		if cut {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	return append(out, [2]int{start, len(text)})
}

// tokenize splits text[start:end] at spaces and splits off punctuation
// at the ends of a word, keeping abbreviations with inner periods ("U.S.")
// and inner apostrophes and hyphens whole, as newswire tokenizers do.
func tokenize(text string, start, end int) [][2]int {
	var out [][2]int
	i := start
	for i < end {
		for i < end && unicode.IsSpace(rune(text[i])) {
			i++
		}
		j := i
		for j < end && !unicode.IsSpace(rune(text[j])) {
			j++
		}
		if i == j {
			break
		}
		out = append(out, splitPunct(text, i, j)...)
		i = j
	}
	return out
}

func splitPunct(text string, i, j int) [][2]int {
	var pre, post [][2]int
	for i < j {
		if n := markLen(text[i:j], true); n > 0 {
			pre = append(pre, [2]int{i, i + n})
			i += n
			continue
		}
		break
	}
	for j > i {
		n := markLen(text[i:j], false)
		if n == 0 && text[j-1] == '.' && !strings.Contains(text[i:j-1], ".") {
			n = 1 // a full stop, not an abbreviation's inner period
		}
		if n == 0 {
			break
		}
		post = append([][2]int{{j - n, j}}, post...)
		j -= n
	}
	out := pre
	for _, poss := range []string{"'s", "’s"} { // "Daesh's" is "Daesh" "'s"
		if j-i > len(poss) && strings.HasSuffix(text[i:j], poss) {
			post = append([][2]int{{j - len(poss), j}}, post...)
			j -= len(poss)
			break
		}
	}
	if i < j {
		out = append(out, [2]int{i, j})
	}
	return append(out, post...)
}

// markLen is the length of the punctuation mark at the start (lead) or
// end of w that a tokenizer splits off, 0 if none.
func markLen(w string, lead bool) int {
	marks := []string{"\"", "'", "(", ")", "[", "]", "{", "}", ",", ";", ":", "!", "?", "“", "”", "‘", "’"}
	for _, m := range marks {
		if lead && strings.HasPrefix(w, m) && strings.ContainsAny(m, "\"'([{“‘") ||
			!lead && strings.HasSuffix(w, m) && !strings.ContainsAny(m, "([{“‘") {
			return len(m)
		}
	}
	return 0
}

// re3dTitles are titles re3d includes in person mentions ("President
// Obama"); the CoNLL-style corpora leave them out.
var re3dTitles = strings.Fields(`President Minister Prime Secretary Chancellor Governor Senator General
	Colonel Major Lieutenant Sergeant Captain Admiral Commander Mr Mrs Ms Dr King Queen Prince Ambassador
	Mayor Sheikh Emir Premier Deputy Envoy Leader Chief`)
