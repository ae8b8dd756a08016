package e2e

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// The environment every test shares, set up once by TestMain. A piece that
// is missing is recorded as an error rather than ending the run, so that
// each test that needs it fails with the reason while the others (the Node
// test needs no server or browser) still run.
var (
	dist      string // the built site, absolute
	distErr   error
	site      *server // the real server, serving dist
	siteErr   error
	chrome    string // the Chromium binary
	chromeErr error
)

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	dist, distErr = siteDir()
	if distErr == nil {
		site, siteErr = startServer(dist)
	} else {
		siteErr = distErr
	}
	chrome, chromeErr = findChrome()

	code := m.Run()

	if site != nil {
		if err := site.stop(); err != nil {
			fmt.Fprintln(os.Stderr, "e2e: stopping the server:", err)
			if code == 0 {
				code = 1
			}
		}
	}
	return code
}

// siteDir returns the built site named by NUTGRAF_DIST. A site without
// index.html is not built (or half built): the server would refuse it, and
// testing it would only report the build's state as the UI's bugs.
func siteDir() (string, error) {
	dir := os.Getenv("NUTGRAF_DIST")
	if dir == "" {
		return "", errors.New("NUTGRAF_DIST is not set: run make build DIST=/some/dir first and set NUTGRAF_DIST=/some/dir (make test-e2e does both)")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if info, err := os.Stat(filepath.Join(abs, "index.html")); err != nil || !info.Mode().IsRegular() {
		return abs, fmt.Errorf("NUTGRAF_DIST=%s has no index.html: run make build DIST=%s first / set NUTGRAF_DIST to a built site", dir, dir)
	}
	return abs, nil
}

// needSite fails the test when there is no built site being served.
func needSite(t testing.TB) *server {
	t.Helper()
	if siteErr != nil {
		t.Fatalf("e2e: no site to test: %v", siteErr)
	}
	return site
}

// needDist returns the built site's directory, failing the test when there
// is none.
func needDist(t testing.TB) string {
	t.Helper()
	if distErr != nil {
		t.Fatalf("e2e: no built site: %v", distErr)
	}
	return dist
}

// findChrome returns the browser to drive: $CHROME, else the Debian
// package's path. CI installs Chromium, so its absence is a failure.
func findChrome() (string, error) {
	path := os.Getenv("CHROME")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	info, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("no Chromium at %s (set CHROME to its path, or apt-get install chromium): %w", path, err)
	}
	if info.IsDir() || info.Mode().Perm()&0o111 == 0 {
		return "", fmt.Errorf("CHROME=%s is not an executable file", path)
	}
	return path, nil
}
