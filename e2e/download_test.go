package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// checkDownload presses "Download JSON" and reads what the browser saved:
// it must be the Analysis, as JSON, in the versioned schema. Downloads go
// to a directory of the test's own (headless Chromium denies them unless
// told where to put them), each file named by its download's GUID.
func checkDownload(t *testing.T, tb *tab) {
	t.Helper()
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:      browser.SetDownloadBehaviorBehaviorAllowAndName,
		DownloadPath:  dir,
		EventsEnabled: new(true),
	}); err != nil {
		t.Fatalf("allowing downloads: %v", err)
	}
	begins := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)

	if tb.count("button#download-json") != 1 {
		t.Errorf("there is no button#download-json")
		return
	}
	tb.click("button#download-json")

	var name string
	for ev, err := range begins {
		if err != nil {
			t.Errorf("pressing Download JSON started no download: %v", err)
			return
		}
		name = ev.SuggestedFilename
		break
	}
	var path string
	for ev, err := range progress {
		if err != nil {
			t.Errorf("the download of %s did not finish: %v", name, err)
			return
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Errorf("the download of %s was canceled", name)
			return
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			path = filepath.Join(dir, ev.GUID)
			break
		}
	}
	if !strings.HasSuffix(name, ".json") {
		t.Errorf("the download is named %q, want a .json name", name)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("reading the downloaded file: %v", err)
		return
	}
	var doc struct {
		Schema   string `json:"schema"`
		Entities []struct {
			Name string `json:"name"`
		} `json:"entities"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Errorf("the downloaded %s (%d bytes) is not JSON: %v", name, len(data), err)
		return
	}
	if doc.Schema != "nutgraf.analysis/2" {
		t.Errorf("the downloaded %s has schema %q, want nutgraf.analysis/2", name, doc.Schema)
	}
	found := false
	for _, e := range doc.Entities {
		found = found || e.Name == putinName
	}
	if !found {
		t.Errorf("the downloaded %s has no entity %s: it is not the sample's Analysis", name, putinName)
	}
	t.Logf("downloaded %s: %d bytes", name, len(data))
}
