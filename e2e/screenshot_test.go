package e2e

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The screenshot's viewport: a laptop screen, wide enough for the
// article and the side panels side by side.
const shotWidth, shotHeight = 1400, 1000

// TestScreenshot takes a full-page picture of the sample's analysis, for
// the README and for people reviewing UI changes. It is written to
// $NUTGRAF_SCREENSHOT if set (else into the test's temporary directory)
// and checked to be a real picture of a real page: a PNG of the viewport's
// width, at least as tall, and not one flat colour.
func TestScreenshot(t *testing.T) {
	tb := newTab(t)
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	// Without a scrollbar the picture is exactly the viewport's width.
	hide := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScrollbarsHidden, emulation.SetScrollbarsHiddenParams{Hidden: true})
		return err
	})
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(shotWidth, shotHeight), hide); err != nil {
		t.Fatalf("setting the viewport: %v", err)
	}
	tb.open("/")
	tb.loadSample()
	tb.waitEngineReady()
	tb.analyze()

	ctx, cancel = context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		t.Fatalf("taking the screenshot: %v", err)
	}
	path := os.Getenv("NUTGRAF_SCREENSHOT")
	if path == "" {
		path = filepath.Join(t.TempDir(), "nutgraf.png")
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatalf("writing the screenshot: %v", err)
	}

	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		t.Fatalf("the screenshot (%d bytes) is not a PNG: %v", len(buf), err)
	}
	b := img.Bounds()
	t.Logf("screenshot %s: %d×%d, %d KB", path, b.Dx(), b.Dy(), len(buf)>>10)
	if b.Dx() != shotWidth || b.Dy() < shotHeight || b.Dy() > 40*shotHeight {
		t.Errorf("the screenshot is %d×%d, want %d wide and from %d to %d tall", b.Dx(), b.Dy(), shotWidth, shotHeight, 40*shotHeight)
	}
	if n := colours(img, 64); n < 8 {
		t.Errorf("the screenshot has only %d distinct colours on a coarse grid: the page looks blank", n)
	}
}

// colours counts the distinct colours on a grid of step×step pixels.
func colours(img image.Image, step int) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += step {
		for x := b.Min.X; x < b.Max.X; x += step {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
		}
	}
	return len(seen)
}
