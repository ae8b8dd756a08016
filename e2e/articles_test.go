package e2e

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// articlesDir is the shared corpus of real articles. It lives beside the
// repository, not in it (CI checks out ../shared next to the clone), so it
// is found relative to this package's directory, which is where go test
// runs the test binary.
const articlesDir = "../../shared/articles"

// sampleName is the canonical example article (DESIGN.md); the UI's
// sample button loads the copy in web/samples.
const sampleName = "tass-putin-nato.txt"

// articles returns the corpus's .txt files, failing the test if the corpus
// is not there.
func articles(t testing.TB) (dir string, names []string) {
	t.Helper()
	dir, err := filepath.Abs(articlesDir)
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, p := range paths {
		if filepath.Base(p) != "README.txt" {
			names = append(names, filepath.Base(p))
		}
	}
	if len(names) == 0 {
		t.Fatalf("no articles in %s: the shared corpus must be checked out beside the repository (../shared/articles)", dir)
	}
	sort.Strings(names)
	return dir, names
}

// readArticle returns one article of the corpus.
func readArticle(t testing.TB, name string) string {
	t.Helper()
	dir, _ := articles(t)
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatalf("reading the article %s: %v", name, err)
	}
	return string(b)
}
