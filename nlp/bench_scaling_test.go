package nlp

import (
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkScaling analyzes the real articles of testdata repeated to 1 MB
// and to 4 MB (the limit is 5 MB): time and memory must grow about 4x
// between them, not 16x. Run it with
//
//	go test -run '^$' -bench Scaling -benchtime 3x -benchmem ./nlp
func BenchmarkScaling(b *testing.B) {
	eng := engine(b)
	for _, size := range []struct {
		name  string
		bytes int
	}{{"1MB", 1 << 20}, {"4MB", 4 << 20}} {
		text := repeatedArticles(b, size.bytes)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := eng.Analyze(text, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// repeatedArticles is the testdata articles, one after another with blank
// lines between them, round after round until the text holds n bytes
// (cut at the last article that fits).
func repeatedArticles(tb testing.TB, n int) string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no articles in testdata (err %v)", err)
	}
	var articles []string
	for _, f := range files {
		articles = append(articles, readTestdata(tb, filepath.Base(f)))
	}
	var sb strings.Builder
	for {
		for _, a := range articles {
			if sb.Len()+len(a)+2 > n {
				return sb.String()
			}
			sb.WriteString(a)
			sb.WriteString("\n\n")
		}
	}
}
