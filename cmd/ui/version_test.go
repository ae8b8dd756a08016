//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	ui "github.com/nutgraf/nutgraf/app"
)

// siteFixture is an OUT directory whose web directory holds what generate
// copies there, with stand-ins for the wasm modules, and the page's route
// registered as main registers it.
func siteFixture(t *testing.T) (out, wasmExec string) {
	t.Helper()
	app.Route("/", func() app.Composer { return &ui.Page{} })
	out = t.TempDir()
	for name, content := range map[string]string{
		"web/app.wasm":    "\x00asm ui",
		"web/engine.wasm": "\x00asm engine",
		"web/worker.js":   "// the engine's worker",
	} {
		p := filepath.Join(out, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wasmExec = filepath.Join(t.TempDir(), "wasm_exec.js")
	if err := os.WriteFile(wasmExec, []byte("// Go's wasm_exec.js"), 0o644); err != nil {
		t.Fatal(err)
	}
	return out, wasmExec
}

func TestVersionFollowsTheWholeSite(t *testing.T) {
	base := func(version string) *app.Handler { return handler(version, []string{"/web/worker.js"}) }
	retitled := func(version string) *app.Handler {
		h := base(version)
		h.Title = "Nutgraf, retitled"
		return h
	}
	moreCached := func(version string) *app.Handler {
		h := base(version)
		h.CacheableResources = append(h.CacheableResources, "/web/samples/another.txt")
		return h
	}
	write := func(h func(string) *app.Handler) (out, version string) {
		out, wasmExec := siteFixture(t)
		version, err := writeSite(out, wasmExec, h)
		if err != nil {
			t.Fatal(err)
		}
		return out, version
	}

	out, v := write(base)
	if _, again := write(base); again != v {
		t.Errorf("the same site got versions %s and %s", v, again)
	}
	// Neither change touches a file under web/: the version must still
	// change, or browsers that have the site would never see it.
	if _, v2 := write(retitled); v2 == v {
		t.Error("a new page title kept the version")
	}
	if _, v3 := write(moreCached); v3 == v {
		t.Error("a new file to cache kept the version")
	}

	// The version is what the service worker and the page go by.
	for name, want := range map[string]string{
		"app-worker.js": `const cacheName = "app-" + "` + v + `";`,
		"app.js":        `"GOAPP_VERSION":"` + v + `"`,
	} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), want) {
			t.Errorf("%s lacks %s", name, want)
		}
		if strings.Contains(string(data), versionPlaceholder) {
			t.Errorf("%s still has the placeholder version %q", name, versionPlaceholder)
		}
	}
}
