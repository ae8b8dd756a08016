package main

import (
	"context"
	"fmt"

	"github.com/chromedp/chromedp"
)

// flags are Chromium's switches, all of them: the same as the e2e tests
// use, so the page is measured as it is tested. --no-sandbox is needed to
// run as root; it does not change what the page may do.
var flags = []chromedp.ExecAllocatorOption{
	chromedp.Flag("headless", true),
	chromedp.Flag("no-sandbox", true),
	chromedp.Flag("disable-gpu", true),
	chromedp.Flag("disable-quic", true),
	chromedp.Flag("no-first-run", true),
	chromedp.Flag("disable-background-networking", true),
	chromedp.Flag("disable-component-update", true),
	chromedp.Flag("disable-sync", true),
}

// newTab starts Chromium with a fresh profile and returns its first tab
// and a function that ends the browser.
func newTab(chrome, profile string) (context.Context, func(), error) {
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.UserDataDir(profile),
	}, flags...)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	tab, cancelTab := chromedp.NewContext(alloc)
	stop := func() { cancelTab(); cancelAlloc() }
	// The first action starts the browser.
	if err := chromedp.Do(tab); err != nil {
		stop()
		return nil, nil, fmt.Errorf("starting %s: %w", chrome, err)
	}
	return tab, stop, nil
}
