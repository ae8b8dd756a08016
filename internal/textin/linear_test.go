package textin

import (
	"strings"
	"testing"
	"time"
)

// TestPathologicalInputsStayLinear: the command line takes Markdown and
// HTML files of up to 20 MB from anywhere. Lines made of nothing but
// unmatched markup, or deeply nested articles, must cost what prose of
// the same size costs; a quadratic step would take minutes on these
// (a megabyte each) instead of milliseconds.
func TestPathologicalInputsStayLinear(t *testing.T) {
	const n = 1 << 20
	markdown := map[string]string{
		"open brackets":     strings.Repeat("[", n),
		"open links":        strings.Repeat("[a](", n/4),
		"open images":       strings.Repeat("![a][", n/5),
		"backtick runs":     strings.Repeat("` `` ```", n/8),
		"angle brackets":    strings.Repeat("<", n),
		"ampersands":        strings.Repeat("&", n),
		"unmatched openers": strings.Repeat("_a ", n/6) + strings.Repeat("a* ", n/6),
		"alternating":       strings.Repeat("*_", n/2),
		"nested links":      strings.Repeat("[", n/4) + "a" + strings.Repeat("](b)", n/4),
	}
	for name, line := range markdown {
		start := time.Now()
		MarkdownText(line)
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("Markdown %s: %v for a %d KB line", name, d, len(line)>>10)
		}
	}
	page := "<body><main>" + strings.Repeat("<article><p>Text of the story.</p>", 500) + "</main></body>"
	page = strings.Repeat(page, 40)
	start := time.Now()
	if _, err := HTMLText(strings.NewReader(page)); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("HTML of nested articles: %v for %d KB", d, len(page)>>10)
	}
}
