// Package e2e holds Nutgraf's end-to-end tests. The browser tests serve a
// built site with the real server (server/) and drive it in headless
// Chromium through chromedp; TestEngineUnderNode runs the engine's
// WebAssembly under Node. Everything is tested as a reader gets it: the
// built files, the server's headers (CSP included), real clicks.
//
// They need a built site and a browser:
//
//	make build DIST=/tmp/site
//	NUTGRAF_DIST=/tmp/site go test -count=1 ./e2e/
//
// (make test-e2e does both). Chromium is $CHROME, else /usr/bin/chromium;
// Node is $NODE, else node on $PATH. The corpus of articles is
// ../shared/articles beside the repository. A missing piece fails the tests
// with a message saying what to do: nothing is skipped silently.
//
// Set NUTGRAF_SCREENSHOT=/path/shot.png to keep TestScreenshot's picture;
// `go test -v -run TestTimings ./e2e/ | grep TIMING` gives the timings.
package e2e
