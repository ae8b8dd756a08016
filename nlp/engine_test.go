package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The models take a while to load (seconds under wasm): the tests share
// one Engine, as a real host would.
var (
	testEngineOnce sync.Once
	testEngine     *Engine
	testEngineErr  error
)

func engine(t testing.TB) *Engine {
	t.Helper()
	testEngineOnce.Do(func() { testEngine, testEngineErr = New() })
	if testEngineErr != nil {
		t.Fatal(testEngineErr)
	}
	return testEngine
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sharedArticles lists the project's shared test corpus, which CI places
// beside the clone (../shared/articles).
func sharedArticles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "shared", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in ../shared/articles beside the repository (err %v): the shared corpus is needed", err)
	}
	var out []string
	for _, f := range files {
		if filepath.Base(f) != "README.txt" {
			out = append(out, f)
		}
	}
	return out
}

// goModCache is the module cache, where prose's test texts are.
func goModCache(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("GOMODCACHE"); d != "" {
		return d
	}
	if d := os.Getenv("GOPATH"); d != "" {
		return filepath.Join(strings.Split(d, string(os.PathListSeparator))[0], "pkg", "mod")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		t.Fatalf("no module cache: %v", err)
	}
	return filepath.Join(home, "go", "pkg", "mod")
}
