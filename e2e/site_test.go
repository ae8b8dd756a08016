package e2e

import (
	"encoding/json"
	"fmt"
	"image/png"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The built site, file by file, without a browser: what it names and what
// its manifest and service worker say.

// textExts are the files of the site a browser reads for URLs: pages,
// scripts, styles, the manifest, SVG. (The sample article is content,
// never followed; the wasm modules are checked in the browser, where the
// CSP refuses any other host and TestArticleTextNeverSent watches every
// request.)
var textExts = []string{".html", ".js", ".css", ".webmanifest", ".json", ".svg"}

// absoluteURL matches a URL with a scheme, and protocol-relative ones
// where a page, a style or the manifest would follow them.
var absoluteURL = regexp.MustCompile(`\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s"'<>()\\]*|(?:(?:src|href|content)="|url\(["']?|"(?:src|start_url|scope)":")//[^\s"'<>()\\]*`)

// notFetched are the absolute URLs the site may hold, none of which a
// browser fetches.
var notFetched = map[string]string{
	"http://www.w3.org/2000/svg":                "the SVG namespace, a name (web/icon.svg)",
	"https://github.com/golang/go/issues/28975": "a comment in Go's own wasm_exec.js",
	"android-app://":                            "go-app's app.js tells an installed Android app by its document.referrer",
}

// placeholder starts the embed snippet as the guide page shows it before
// its UI fills in the site's own origin, and as embed.js's comments write
// it: a URL for the reader to complete, which no page or script fetches.
const placeholder = "https://HOST/"

// TestSiteNamesNoOtherHost holds DESIGN.md's promise that nothing reaches
// another host, on the built files: no page, script, style, manifest or
// service worker names a URL outside the site. go-app left alone writes
// some (a default icon, Open Graph URLs), and an installed app or an
// offline visit must need nothing from elsewhere.
func TestSiteNamesNoOtherHost(t *testing.T) {
	dir := needDist(t)
	checked := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || !slices.Contains(textExts, filepath.Ext(p)) {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		checked++
		rel, _ := filepath.Rel(dir, p)
		for _, u := range absoluteURL.FindAllString(string(data), -1) {
			if _, ok := notFetched[u]; !ok && !strings.HasPrefix(u, placeholder) {
				t.Errorf("%s names %s", rel, u)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 8 {
		t.Fatalf("checked only %d files in %s", checked, dir)
	}
}

// manifest is what a web app manifest says that installing the site needs.
type manifest struct {
	Name            string `json:"name"`
	ShortName       string `json:"short_name"`
	StartURL        string `json:"start_url"`
	Scope           string `json:"scope"`
	Display         string `json:"display"`
	ThemeColor      string `json:"theme_color"`
	BackgroundColor string `json:"background_color"`
	Icons           []struct {
		Src     string `json:"src"`
		Type    string `json:"type"`
		Sizes   string `json:"sizes"`
		Purpose string `json:"purpose"`
	} `json:"icons"`
}

var hexColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// TestManifest checks the manifest of the built site: what an installed
// app is named, opens and looks like, and that each icon it lists is a
// file of the site of the size it states, with PNGs of 192 and 512 pixels
// for any use and one the platform may mask.
func TestManifest(t *testing.T) {
	dir := needDist(t)
	data, err := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("manifest.webmanifest: %v", err)
	}
	if m.Name != "Nutgraf" || m.ShortName != "Nutgraf" {
		t.Errorf("the manifest names the app %q, short %q; want Nutgraf for both", m.Name, m.ShortName)
	}
	if m.StartURL != "/" || m.Scope != "/" {
		t.Errorf("the manifest's start_url is %q and scope %q, want / for both", m.StartURL, m.Scope)
	}
	if m.Display != "standalone" {
		t.Errorf("the manifest's display is %q, want standalone", m.Display)
	}
	for name, c := range map[string]string{"theme_color": m.ThemeColor, "background_color": m.BackgroundColor} {
		if !hexColor.MatchString(c) {
			t.Errorf("the manifest's %s is %q, want a #rrggbb color", name, c)
		}
	}

	var pngs []string // "192x192 any", ...
	for _, icon := range m.Icons {
		what := fmt.Sprintf("the manifest's icon %s (%s)", icon.Src, icon.Sizes)
		if !strings.HasPrefix(icon.Src, "/") || strings.HasPrefix(icon.Src, "//") {
			t.Errorf("%s is not a path of the site", what)
			continue
		}
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(path.Clean(icon.Src))))
		if err != nil {
			t.Errorf("%s: %v", what, err)
			continue
		}
		switch icon.Type {
		case "image/png":
			img, err := png.Decode(f)
			if err != nil {
				t.Errorf("%s is not a PNG: %v", what, err)
				break
			}
			if got := fmt.Sprintf("%dx%d", img.Bounds().Dx(), img.Bounds().Dy()); got != icon.Sizes {
				t.Errorf("%s is %s", what, got)
			}
			purpose := icon.Purpose
			if purpose == "" {
				purpose = "any" // the default
			}
			for p := range strings.FieldsSeq(purpose) {
				pngs = append(pngs, icon.Sizes+" "+p)
			}
		case "image/svg+xml":
			if icon.Sizes != "any" {
				t.Errorf("%s: an SVG icon's sizes should be any", what)
			}
		default:
			t.Errorf("%s has the type %q", what, icon.Type)
		}
		f.Close()
	}
	for _, want := range []string{"192x192 any", "512x512 any", "512x512 maskable"} {
		if !slices.Contains(pngs, want) {
			t.Errorf("the manifest has no %s PNG icon; it has %q", want, pngs)
		}
	}
}

// TestServiceWorkerCachesTheSite checks the list the built site's service
// worker caches at install: the page, go-app's files and every file under
// web/ (the engine, its worker, the sample, the icons), so that after one
// visit nothing is missing offline. TestWorksOffline shows the list at
// work; this names what is missing when it is not.
func TestServiceWorkerCachesTheSite(t *testing.T) {
	dir := needDist(t)
	sw := readWorker(t, dir)
	want := []string{"/", "/app.js", "/app.css", "/wasm_exec.js", "/manifest.webmanifest",
		"/embed", "/embedding", "/embed.js", "/embed/api"}
	err := filepath.WalkDir(filepath.Join(dir, "web"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		want = append(want, "/"+filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !slices.Contains(sw.cached, w) {
			t.Errorf("the service worker does not cache %s", w)
		}
	}
	for _, c := range sw.cached {
		if !strings.HasPrefix(c, "/") || strings.HasPrefix(c, "//") {
			t.Errorf("the service worker caches %s, which is not a path of the site", c)
		}
	}
	appJS, err := os.ReadFile(filepath.Join(dir, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(appJS), `"GOAPP_VERSION":"`+sw.version+`"`) {
		t.Errorf("app.js is not of the service worker's version %s", sw.version)
	}
}
