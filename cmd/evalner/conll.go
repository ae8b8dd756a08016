package main

import (
	"bufio"
	"os"
	"strings"
)

// sentence is a gold-annotated sentence: tokens and their BIO tags over
// PER, ORG and LOC.
type sentence struct {
	tokens, tags []string
}

// readCoNLL reads token<TAB>...<TAB>tag lines (the tag is the last
// column, except in UNER's .iob2 where it is the third), a blank line
// between sentences, "#" lines ignored. Tags are mapped to PER/ORG/LOC by
// mapType; others become O.
func readCoNLL(path string, tagColumn int, mapType func(string) string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []sentence
	var cur sentence
	flush := func() {
		if len(cur.tokens) > 0 {
			out = append(out, cur)
		}
		cur = sentence{}
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
		tok := cols[0]
		if tagColumn > 0 && len(cols) > tagColumn {
			tok = cols[tagColumn-1]
		}
		tag := cols[len(cols)-1]
		if tagColumn > 0 && len(cols) > tagColumn {
			tag = cols[tagColumn]
		}
		cur.tokens = append(cur.tokens, tok)
		cur.tags = append(cur.tags, normalizeTag(tag, mapType))
	}
	flush()
	return out, sc.Err()
}

// normalizeTag maps a BIO tag's type through mapType, "O" when it maps to
// nothing.
func normalizeTag(tag string, mapType func(string) string) string {
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I') {
		return "O"
	}
	t := mapType(tag[2:])
	if t == "" {
		return "O"
	}
	return tag[:2] + t
}

// sameTypes keeps PER, ORG and LOC as they are.
func sameTypes(t string) string {
	switch t {
	case "PER", "ORG", "LOC":
		return t
	}
	return ""
}
