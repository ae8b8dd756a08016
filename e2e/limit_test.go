package e2e

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/nutgraf/nutgraf/app"
	"github.com/nutgraf/nutgraf/nlp"
)

// TestSizeLimitAgrees holds the page's copies of the engine's size limit
// to nlp.MaxInputBytes: the UI (app.MaxInputBytes, which may not import
// nlp) and the embed frame's script (web/embedframe.js). A limit raised in
// the engine alone would have the page refuse texts the engine takes.
func TestSizeLimitAgrees(t *testing.T) {
	if app.MaxInputBytes != nlp.MaxInputBytes {
		t.Errorf("app.MaxInputBytes is %d, nlp.MaxInputBytes %d", app.MaxInputBytes, nlp.MaxInputBytes)
	}
	js, err := os.ReadFile("../web/embedframe.js")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const MAX_TEXT_BYTES = (\d+) << (\d+);`).FindSubmatch(js)
	if m == nil {
		t.Fatal("web/embedframe.js has no `const MAX_TEXT_BYTES = N << M;`")
	}
	n, _ := strconv.Atoi(string(m[1]))
	shift, _ := strconv.Atoi(string(m[2]))
	if got := n << shift; got != nlp.MaxInputBytes {
		t.Errorf("web/embedframe.js's MAX_TEXT_BYTES is %d, nlp.MaxInputBytes %d", got, nlp.MaxInputBytes)
	}
}
