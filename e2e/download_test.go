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
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// download presses the button sel and reads what the browser saved,
// returning the file's suggested name and its bytes (ok false, with the
// test failed, when there is none). Downloads go to a directory of the
// test's own (headless Chromium denies them unless told where to put
// them), each file named by its download's GUID.
func download(t *testing.T, tb *tab, sel string) (name string, data []byte, ok bool) {
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

	if tb.count(sel) != 1 {
		t.Errorf("there is no %s", sel)
		return "", nil, false
	}
	tb.click(sel)

	for ev, err := range begins {
		if err != nil {
			t.Errorf("pressing %s started no download: %v", sel, err)
			return "", nil, false
		}
		name = ev.SuggestedFilename
		break
	}
	var path string
	for ev, err := range progress {
		if err != nil {
			t.Errorf("the download of %s did not finish: %v", name, err)
			return "", nil, false
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Errorf("the download of %s was canceled", name)
			return "", nil, false
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			path = filepath.Join(dir, ev.GUID)
			break
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("reading the downloaded file: %v", err)
		return "", nil, false
	}
	t.Logf("downloaded %s: %d bytes", name, len(data))
	return name, data, true
}

// checkDownload presses "Download JSON": the file must be the Analysis, as
// JSON, in the versioned schema. It returns the Analysis (UTF-16 offsets,
// as in the JSON), nil when there is none: what the page got from the
// engine, for the other checks to hold the page to.
func checkDownload(t *testing.T, tb *tab) *schema.Analysis {
	t.Helper()
	name, data, ok := download(t, tb, "button#download-json")
	if !ok {
		return nil
	}
	if !strings.HasSuffix(name, ".json") {
		t.Errorf("the download is named %q, want a .json name", name)
	}
	var a schema.Analysis
	if err := json.Unmarshal(data, &a); err != nil {
		t.Errorf("the downloaded %s (%d bytes) is not JSON: %v", name, len(data), err)
		return nil
	}
	if a.Schema != "nutgraf.analysis/4" {
		t.Errorf("the downloaded %s has schema %q, want nutgraf.analysis/4", name, a.Schema)
	}
	if findEntity(a.Entities, putinName) == nil {
		t.Errorf("the downloaded %s has no entity %s: it is not the sample's Analysis", name, putinName)
		return nil
	}
	return &a
}
