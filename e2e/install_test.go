package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestInstallable asks Chromium itself: the manifest parses without a
// complaint, and the site meets the browser's conditions for installing it
// as an app (a manifest with a name, a start URL, a standalone display and
// large enough icons that load). TestManifest checks the file's fields.
func TestInstallable(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitLive()

	m, err := chromedp.Call(tb.ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil {
		t.Fatalf("Page.getAppManifest: %v", err)
	}
	if m.URL != tb.site.url+"/manifest.webmanifest" {
		t.Errorf("the page's manifest is %q, want %s/manifest.webmanifest", m.URL, tb.site.url)
	}
	for _, e := range m.Errors {
		t.Errorf("Chromium on the manifest: %s (line %d, critical %d)", e.Message, e.Line, e.Critical)
	}
	if m.Manifest == nil {
		t.Fatal("Chromium parsed no manifest")
	}
	// Chromium names the mode after its own enum ("kStandalone").
	if got := m.Manifest.Display; !strings.EqualFold(strings.TrimPrefix(got, "k"), "standalone") {
		t.Errorf("Chromium reads the manifest's display as %q, want standalone", got)
	}
	if got := m.Manifest.StartURL; got != tb.site.url+"/" {
		t.Errorf("Chromium reads the manifest's start URL as %q, want %s/", got, tb.site.url)
	}

	r, err := chromedp.Call(tb.ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatalf("Page.getInstallabilityErrors: %v", err)
	}
	for _, e := range r.InstallabilityErrors {
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("Chromium would not install the site: %s %s", e.ErrorID, strings.Join(args, " "))
	}
}
