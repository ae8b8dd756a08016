// Command evalquotes scores Nutgraf's quotes against the hand-annotated
// gold standard in eval/quotes (make eval), as the Gender Gap Tracker
// scores its quote extractor: a gold quote is found when one predicted
// quote covers more than 30% of it, and its speaker is right when the
// predicted source, or a mention of the predicted speaker entity,
// overlaps the gold source. Exact-span figures (the quote's words exactly,
// edges' punctuation and spaces aside) are reported too.
//
//	go run ./cmd/evalquotes -gold eval/quotes -articles ../shared/articles
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/nutgraf/nutgraf/nlp"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// gold is one annotated quote (eval/quotes/README.md).
type gold struct {
	Text        string `json:"text"`
	Kind        string `json:"kind"`
	Cue         string `json:"cue"`
	Source      string `json:"source"`
	Speaker     string `json:"speaker"`
	SpeakerType string `json:"speaker_type"`
	Continued   bool   `json:"continued"`

	start, end, srcStart, srcEnd int
}

// counts are one slice of the scores.
type counts struct {
	gold, found, pred, predOK, speakerOK, exactGold, exactPred int
}

func main() {
	goldDir := flag.String("gold", "eval/quotes", "the folder of gold JSONL files, one per article")
	articles := flag.String("articles", "../shared/articles", "the folder of the articles")
	show := flag.Bool("show", false, "list the missed quotes, the false ones and the wrong speakers")
	flag.Parse()
	if err := run(*goldDir, *articles, *show); err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		os.Exit(1)
	}
}

func run(goldDir, articles string, show bool) error {
	files, err := filepath.Glob(filepath.Join(goldDir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no gold files in %s", goldDir)
	}
	sort.Strings(files)
	eng, err := nlp.New()
	if err != nil {
		return err
	}
	byKind := map[string]*counts{}
	var all, marked counts // marked: direct and mixed quotes, the quotes in marks
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		text, err := os.ReadFile(filepath.Join(articles, name+".txt"))
		if err != nil {
			return err
		}
		golds, err := readGold(f, string(text))
		if err != nil {
			return err
		}
		a, err := eng.Analyze(string(text), nlp.Options{})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		score(name, string(text), golds, a, byKind, &all, &marked, show)
	}
	fmt.Println("Quotes against the hand-annotated gold (eval/quotes), Gender Gap Tracker scoring:")
	fmt.Println("found = a prediction covers > 30% of the gold quote; speaker = source or speaker mention overlaps the gold source")
	fmt.Printf("%-10s %5s %7s %7s %7s %9s %7s\n", "kind", "gold", "P", "R", "F1", "speaker", "exactF1")
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		c := byKind[k]
		fmt.Printf("%-10s %5d %7s %7.3f %7s %9.3f %7s\n", k, c.gold, "-", ratio(c.found, c.gold), "-", ratio(c.speakerOK, c.found), "-")
	}
	p, r := ratio(all.predOK, all.pred), ratio(all.found, all.gold)
	ep, er := ratio(all.exactPred, all.pred), ratio(all.exactGold, all.gold)
	fmt.Printf("%-10s %5d %7.3f %7.3f %7.3f %9.3f %7.3f\n", "all", all.gold, p, r, f1(p, r), ratio(all.speakerOK, all.found), f1(ep, er))
	mp, mr := ratio(marked.predOK, marked.pred), ratio(marked.found, marked.gold)
	fmt.Printf("%-10s %5d %7.3f %7.3f %7.3f %9.3f %7s\n", "in marks", marked.gold, mp, mr, f1(mp, mr), ratio(marked.speakerOK, marked.found), "-")
	fmt.Printf("(%d predicted quotes; speaker accuracy is over the gold quotes found; \"in marks\" is direct and mixed\n quotes against our direct and partial ones, the kinds the issue's newswire target counts)\n", all.pred)
	return nil
}

// readGold reads an article's gold quotes and places them in its text:
// the quote's words where they occur (the annotators made them unique),
// the source's nearest occurrence to the quote.
func readGold(path, text string) ([]gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []gold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	from := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g gold
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		// In text order: search from the previous quote's start, so that
		// a repeated sentence is found where it is meant.
		i := strings.Index(text[from:], g.Text)
		if i < 0 {
			i, from = strings.Index(text, g.Text), 0
		}
		if i < 0 {
			return nil, fmt.Errorf("%s: quote %.40q not in the article", path, g.Text)
		}
		g.start, g.end = from+i, from+i+len(g.Text)
		from = g.start
		g.srcStart, g.srcEnd = nearest(text, g.Source, g.start, g.end)
		out = append(out, g)
	}
	return out, sc.Err()
}

// nearest finds the occurrence of s closest to [start, end).
func nearest(text, s string, start, end int) (int, int) {
	best, bestDist := -1, 1<<62
	for i := 0; s != "" && i <= len(text); {
		k := strings.Index(text[i:], s)
		if k < 0 {
			break
		}
		at := i + k
		i = at + 1
		if !wordEdge(text, at-1) || !wordEdge(text, at+len(s)) {
			continue // "he" inside "the"
		}
		d := 0
		switch {
		case at+len(s) <= start:
			d = start - (at + len(s))
		case at >= end:
			d = at - end
		}
		if d < bestDist {
			best, bestDist = at, d
		}
	}
	if best < 0 {
		return -1, -1
	}
	return best, best + len(s)
}

func score(name, text string, golds []gold, a *schema.Analysis, byKind map[string]*counts, all, marked *counts, show bool) {
	mentions := map[string][]schema.Mention{}
	for _, e := range a.Entities {
		mentions[e.ID] = e.Mentions
	}
	matched := make([]bool, len(a.Quotes))
	exact := make([]bool, len(a.Quotes))
	for _, g := range golds {
		kind := g.Kind
		if byKind[kind] == nil {
			byKind[kind] = &counts{}
		}
		c := byKind[kind]
		c.gold++
		all.gold++
		inMarks := g.Kind != "indirect"
		if inMarks {
			marked.gold++
		}
		best := -1
		bestOverlap := 0
		for i, q := range a.Quotes {
			if ov := overlap(q.Start, q.End, g.start, g.end); ov*10 > 3*(g.end-g.start) && ov > bestOverlap {
				best, bestOverlap = i, ov
			}
		}
		if best < 0 {
			if show {
				fmt.Printf("  %s: missed %s %.90q (%s)\n", name, g.Kind, g.Text, g.Source)
			}
			continue
		}
		matched[best] = true
		c.found++
		all.found++
		if inMarks {
			marked.found++
		}
		q := a.Quotes[best]
		if trimmed(text, q.Start, q.End) == trimmed(text, g.start, g.end) {
			exact[best] = true
			all.exactGold++
		}
		if speakerRight(g, q, mentions) {
			c.speakerOK++
			all.speakerOK++
			if inMarks {
				marked.speakerOK++
			}
		} else if show {
			src := ""
			if q.Source != nil {
				src = q.Source.Text
			}
			fmt.Printf("  %s: speaker %q (source %q), gold %q (%s) for %.60q\n", name, deref(q.Speaker), src, g.Speaker, g.Source, g.Text)
		}
	}
	for i, q := range a.Quotes {
		all.pred++
		if q.Kind != schema.QuoteIndirect {
			marked.pred++
			if matched[i] || coversSomeGold(q, golds) {
				marked.predOK++
			}
		}
		if matched[i] || coversSomeGold(q, golds) {
			all.predOK++
		} else if show {
			fmt.Printf("  %s: false %s %.90q\n", name, q.Kind, q.Text)
		}
		if exact[i] {
			all.exactPred++
		}
	}
}

// coversSomeGold reports a prediction that covers more than 30% of some
// gold quote (a second prediction on one gold quote is not a false one).
func coversSomeGold(q schema.Quote, golds []gold) bool {
	for _, g := range golds {
		if overlap(q.Start, q.End, g.start, g.end)*10 > 3*(g.end-g.start) {
			return true
		}
	}
	return false
}

// speakerRight: the predicted source, or a mention of the predicted
// speaker, overlaps the gold source; an anonymous gold source is matched
// by an anonymous prediction.
func speakerRight(g gold, q schema.Quote, mentions map[string][]schema.Mention) bool {
	if g.srcStart >= 0 && q.Source != nil && overlap(q.Source.Start, q.Source.End, g.srcStart, g.srcEnd) > 0 {
		return true
	}
	if q.Speaker != nil && g.srcStart >= 0 {
		for _, m := range mentions[*q.Speaker] {
			if overlap(m.Start, m.End, g.srcStart, g.srcEnd) > 0 {
				return true
			}
		}
	}
	return g.SpeakerType == "ANONYMOUS" && q.Anonymous
}

// wordEdge reports whether byte i is outside a word: out of the text, or
// not a letter or digit.
func wordEdge(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return true
	}
	c := text[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80)
}

func overlap(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

// trimmed is the text of [start, end) without punctuation and spaces at
// its edges.
func trimmed(text string, start, end int) string {
	return strings.TrimFunc(text[start:end], func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
