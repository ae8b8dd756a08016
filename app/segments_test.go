package app

import (
	"strings"
	"testing"
)

// sketch writes nodes as text with each mark in brackets, named by its ID
// (or class for furniture): "[q1 say [e1 Putin]]".
func sketch(text string, nodes []*Node) string {
	var b strings.Builder
	var walk func([]*Node)
	walk = func(ns []*Node) {
		for _, n := range ns {
			if n.Mark == nil {
				b.WriteString(text[n.Start:n.End])
				continue
			}
			name := n.Mark.ID
			if n.Mark.Kind == MarkPart {
				name = n.Mark.Class
			}
			b.WriteString("[" + name + " ")
			walk(n.Children)
			b.WriteString("]")
		}
	}
	walk(nodes)
	return b.String()
}

// span returns the byte range of the first sub in text.
func span(text, sub string) (int, int) {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("no " + sub + " in " + text)
	}
	return i, i + len(sub)
}

func mention(text, sub, id string) Mark {
	s, e := span(text, sub)
	return Mark{Kind: MarkMention, Start: s, End: e, ID: id, Type: "PERSON"}
}

func quote(text, sub, id string) Mark {
	s, e := span(text, sub)
	return Mark{Kind: MarkQuote, Start: s, End: e, ID: id}
}

func TestBuildNodes(t *testing.T) {
	const tass = `ST.PETERSBURG, June 2 / TASS / "What is that? People who take on that position," said Putin.`
	const nested = `"They told us 'in Brussels and in Washington, they were persuading us' to stay," said Putin.`
	tests := []struct {
		name  string
		text  string
		marks func(text string) []Mark
		want  string
	}{{
		name:  "no marks",
		text:  "Plain text.",
		marks: func(string) []Mark { return nil },
		want:  "Plain text.",
	}, {
		name: "mentions side by side",
		text: "Putin met Merkel.",
		marks: func(s string) []Mark {
			return []Mark{mention(s, "Merkel", "e2"), mention(s, "Putin", "e1")}
		},
		want: "[e1 Putin] met [e2 Merkel].",
	}, {
		name: "mention inside a quote inside furniture",
		text: tass,
		marks: func(s string) []Mark {
			ds, de := span(s, "ST.PETERSBURG, June 2 / TASS /")
			return []Mark{
				mention(s, "TASS", "e8"),
				mention(s, "Putin", "e1"),
				quote(s, "What is that? People who take on that position,", "q4"),
				mention(s, "People", "e9"),
				mention(s, "ST.PETERSBURG", "e7"),
				{Kind: MarkPart, Start: ds, End: de, Class: "dateline"},
			}
		},
		want: `[dateline [e7 ST.PETERSBURG], June 2 / [e8 TASS] /] "[q4 What is that? [e9 People] who take on that position,]" said [e1 Putin].`,
	}, {
		name: "quote nested in a quote",
		text: nested,
		marks: func(s string) []Mark {
			return []Mark{
				quote(s, "in Brussels and in Washington, they were persuading us", "q2"),
				quote(s, "They told us 'in Brussels and in Washington, they were persuading us' to stay,", "q1"),
				mention(s, "Brussels", "e6"),
			}
		},
		want: `"[q1 They told us '[q2 in [e6 Brussels] and in Washington, they were persuading us]' to stay,]" said Putin.`,
	}, {
		name: "a mention crossing a quote's end is split",
		text: "He said it was Vladimir Putin today.",
		marks: func(s string) []Mark {
			return []Mark{quote(s, "it was Vladimir", "q1"), mention(s, "Vladimir Putin", "e1")}
		},
		want: "He said [q1 it was [e1 Vladimir]][e1  Putin] today.",
	}, {
		name: "overlapping mentions nest, the longer outside",
		text: "the Russian leader spoke",
		marks: func(s string) []Mark {
			return []Mark{mention(s, "Russian", "e4"), mention(s, "the Russian leader", "e1")}
		},
		want: "[e1 the [e4 Russian] leader] spoke",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes := BuildNodes(0, len(tt.text), tt.marks(tt.text))
			if got := sketch(tt.text, nodes); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestBuildNodesClipsToTheRange(t *testing.T) {
	text := "One. Two Putin three. Four."
	s, e := span(text, "Two Putin three.")
	marks := []Mark{
		{Kind: MarkQuote, Start: 0, End: len(text), ID: "q1"}, // crosses the whole range
		mention(text, "Putin", "e1"),
		{Kind: MarkMention, Start: 0, End: 3, ID: "e2"}, // outside
	}
	nodes := BuildNodes(s, e, marks)
	if got, want := sketch(text, nodes), "[q1 Two [e1 Putin] three.]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if nodes[0].Start != s || nodes[0].End != e {
		t.Errorf("clipped quote covers %d..%d, want %d..%d", nodes[0].Start, nodes[0].End, s, e)
	}
	if BuildNodes(5, 5, marks) != nil {
		t.Error("an empty range has nodes")
	}
}
