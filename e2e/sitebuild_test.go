package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// copySite copies the built site into a new temporary directory, for a
// test that changes the site under the browser or serves it alone.
func copySite(t *testing.T) string {
	t.Helper()
	src := needDist(t)
	dir := filepath.Join(t.TempDir(), "site")
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatalf("copying the site: %v", err)
	}
	return dir
}

var builtVersion = regexp.MustCompile(`ui: wrote .* \(version ([0-9a-f]+)\)`)

// buildNextVersion builds another deploy of the site, as `make build`
// would after change has edited the hand-written assets (a copy of web/
// given to it), and returns its directory and version. The wasm modules
// are the built site's: cmd/ui reuses them, and their compressed siblings,
// so that this takes seconds rather than a full build's minute.
func buildNextVersion(t *testing.T, change func(web string)) (dir, version string) {
	t.Helper()
	dir = copySite(t)
	web := filepath.Join(t.TempDir(), "web")
	if err := os.CopyFS(web, os.DirFS("../web")); err != nil {
		t.Fatalf("copying web/: %v", err)
	}
	change(web)
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	cmd := exec.Command("go", "run", "./cmd/ui", "-out", dir, "-web", web, "-goroot", strings.TrimSpace(string(goroot)))
	cmd.Dir = ".."
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("building the next version (go run ./cmd/ui): %v\n%s", err, out)
	}
	m := builtVersion.FindSubmatch(out)
	if m == nil {
		t.Fatalf("cmd/ui did not say which version it wrote:\n%s", out)
	}
	return dir, string(m[1])
}

// serveSite starts a server of the test's own on dir, stopped when the
// test ends.
func serveSite(t *testing.T, dir string) *server {
	t.Helper()
	srv, err := startServer(dir)
	if err != nil {
		t.Fatalf("serving %s: %v", dir, err)
	}
	t.Cleanup(func() {
		if err := srv.stop(); err != nil {
			t.Errorf("stopping the server of %s: %v", dir, err)
		}
	})
	return srv
}
