package e2e

import (
	"strings"
	"testing"
)

// TestCSPWatchSeesViolations makes sure the watch every browser test runs
// under (see cspWatch) does report CSP violations, which is what lets
// every other test claim that normal use of /, /embed and /embedding
// causes none: the page is given an inline style and an inline script,
// as a bug that set either would, and the watch must report both as the
// policy's, with the script not run.
func TestCSPWatchSeesViolations(t *testing.T) {
	for _, path := range []string{"/", "/embed", "/embedding"} {
		t.Run(strings.TrimPrefix(path, "/"), func(t *testing.T) {
			tb := newTab(t)
			exp := tb.watch.expect(func(line string) bool { return strings.Contains(line, cspPrefix) })
			// The browser's own report of the same violations.
			tb.watch.expect(func(line string) bool { return strings.Contains(line, "Content Security Policy directive") })
			tb.open(path)
			tb.waitLive()
			evalJS[bool](tb, `(() => {
			  const d = document.createElement('div');
			  d.setAttribute('style', 'color: red');
			  document.body.appendChild(d);
			  const s = document.createElement('script');
			  s.textContent = 'window.__inlineRan = 1';
			  document.body.appendChild(s);
			  return true;
			})()`)
			tb.watch.flush(tb.ctx)
			lines := strings.Join(tb.watch.seenLines(exp), "\n")
			for _, directive := range []string{"style-src-attr", "script-src-elem"} {
				if !strings.Contains(lines, cspPrefix+directive) {
					t.Errorf("on %s the watch did not report the %s violation; it saw:\n%s", path, directive, lines)
				}
			}
			if ran := evalJS[bool](tb, `window.__inlineRan === 1`); ran {
				t.Errorf("on %s an inline script ran: the CSP is not enforced", path)
			}
		})
	}
}
