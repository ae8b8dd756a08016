// Command evalner scores Nutgraf's named entities against openly licensed
// gold corpora (make eval): exact-span precision, recall and F1 for PER,
// ORG and LOC, the types every corpus shares. Our PERSON is PER, ORG is
// ORG, and GPE, LOC and FAC are LOC; only mentions of kind "name" count.
//
// Each corpus becomes one document, a sentence per paragraph, its tokens
// joined by spaces, analyzed as a user's pasted article would be.
//
//	go run ./cmd/evalner -data ../shared/data/ner
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nutgraf/nutgraf/internal/nercorpus"
	"github.com/nutgraf/nutgraf/nlp"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// evalSet is a gold corpus file and how to read it.
type evalSet struct {
	name, path string
	mapType    func(string) string
	// read, when set, reads the corpus instead of ReadCoNLL.
	read func(path string) ([]nercorpus.Sentence, error)
}

func main() {
	data := flag.String("data", "../shared/data/ner", "the shared NER data folder (see its README.txt)")
	show := flag.String("show", "", "print the missed and wrong spans of the corpora whose name contains this")
	flag.Parse()
	sets := []evalSet{
		{"UNER EWT test", "normalized/uner_en_ewt_test.conll", nercorpus.SameTypes, nil},
		{"UNER EWT dev (trained on)", "normalized/uner_en_ewt_dev.conll", nercorpus.SameTypes, nil},
		{"BTC test (tweets)", "normalized/btc_test.conll", nercorpus.SameTypes, nil},
		{"WNUT-17 test", "corpora/wnut17/emerging.test.annotated", nercorpus.WNUTTypes, nil},
		{"CrossNER politics test", "corpora/crossner_politics/test.txt", nercorpus.CrossNERTypes, nil},
		// Press releases, the held-out text closest to newswire.
		{"re3d US State Dept", "corpora/re3d/US State Department", nil, nercorpus.ReadRe3d},
	}
	eng, err := nlp.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalner:", err)
		os.Exit(1)
	}
	fmt.Println("Named entities, exact spans (PER/ORG/LOC; GPE, LOC and FAC count as LOC)")
	fmt.Printf("%-27s %-5s %6s %6s %6s %6s\n", "corpus", "type", "gold", "P", "R", "F1")
	for _, s := range sets {
		read := s.read
		if read == nil {
			read = func(path string) ([]nercorpus.Sentence, error) { return nercorpus.ReadCoNLL(path, s.mapType) }
		}
		sents, err := read(filepath.Join(*data, s.path))
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalner:", err)
			os.Exit(1)
		}
		var errs *strings.Builder
		if *show != "" && strings.Contains(s.name, *show) {
			errs = &strings.Builder{}
		}
		byType, err := evaluate(eng, sents, errs)
		if err != nil {
			fmt.Fprintf(os.Stderr, "evalner: %s: %v\n", s.name, err)
			os.Exit(1)
		}
		report(s.name, byType)
		if errs != nil {
			fmt.Print(errs.String())
		}
	}
}

// evaluate analyzes each sentence as a document of its own (the corpora's
// sentences are mostly unrelated: tweets, forum posts, encyclopedia
// lines) and scores its name mentions against the gold spans.
//
// errs, when not nil, gets a line per gold span missed ("-") and per
// predicted span that is wrong ("+"), with its sentence.
func evaluate(eng *nlp.Engine, sents []nercorpus.Sentence, errs *strings.Builder) (map[string]*nercorpus.Counts, error) {
	byType := map[string]*nercorpus.Counts{}
	for _, s := range sents {
		var b strings.Builder
		starts, ends := map[int]int{}, map[int]int{} // byte offset -> token index
		for ti, t := range s.Tokens {
			if ti > 0 {
				b.WriteByte(' ')
			}
			starts[b.Len()] = ti
			b.WriteString(t)
			ends[b.Len()] = ti + 1
		}
		var pred []nercorpus.Span
		a, err := eng.Analyze(b.String(), nlp.Options{})
		var ne *nlp.Error
		if err != nil && !(errors.As(err, &ne) && ne.Code == nlp.CodeEmpty) {
			return nil, err // a sentence of only punctuation is "empty"
		}
		if a != nil {
			for _, e := range a.Entities {
				typ := evalType(e.Type)
				if typ == "" {
					continue
				}
				for _, m := range e.Mentions {
					st, ok1 := starts[m.Start]
					en, ok2 := ends[m.End]
					if m.Kind == schema.MentionName && ok1 && ok2 {
						pred = append(pred, nercorpus.Span{Start: st, End: en, Type: typ})
					}
				}
			}
		}
		gold := nercorpus.Spans(s.Labels)
		nercorpus.Score(byType, gold, pred)
		if errs != nil {
			writeErrors(errs, s.Tokens, gold, pred)
		}
	}
	return byType, nil
}

// evalType maps our types to the corpora's.
func evalType(t string) string {
	switch t {
	case schema.Person:
		return "PER"
	case schema.Org:
		return "ORG"
	case schema.GPE, schema.Loc, schema.Facility:
		return "LOC"
	}
	return ""
}

func report(name string, byType map[string]*nercorpus.Counts) {
	var all nercorpus.Counts
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := byType[t]
		all.Add(*c)
		p, r, f := c.PRF()
		fmt.Printf("%-27s %-5s %6d %6.3f %6.3f %6.3f\n", name, t, c.TP+c.FN, p, r, f)
	}
	p, r, f := all.PRF()
	fmt.Printf("%-27s %-5s %6d %6.3f %6.3f %6.3f\n", name, "all", all.TP+all.FN, p, r, f)
}

// writeErrors lists the spans of gold not in pred ("-") and of pred not in
// gold ("+"), each with the sentence it is in.
func writeErrors(b *strings.Builder, tokens []string, gold, pred []nercorpus.Span) {
	in := func(list []nercorpus.Span, s nercorpus.Span) bool {
		for _, x := range list {
			if x == s {
				return true
			}
		}
		return false
	}
	line := func(mark string, s nercorpus.Span) {
		fmt.Fprintf(b, "  %s %-3s %-30q | %s\n", mark, s.Type, strings.Join(tokens[s.Start:s.End], " "), strings.Join(tokens, " "))
	}
	for _, g := range gold {
		if !in(pred, g) {
			line("-", g)
		}
	}
	for _, p := range pred {
		if !in(gold, p) {
			line("+", p)
		}
	}
}
