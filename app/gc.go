package app

import "runtime/debug"

// burstGCPercent is the garbage collector's GOGC while the page reads and
// draws a result (see GCHold).
const burstGCPercent = 400

// GCHold keeps the garbage collector's pace low while the page reads and
// draws a long result. In WebAssembly the collector marks the heap on the
// page's thread, the whole of it in one go (nothing can interrupt it), so
// each collection is a pause of tens of milliseconds; reading and drawing
// a book-length result allocates enough to start one collection after
// another. Collecting less often while that lasts (GOGC 400, not 100)
// costs memory for a few seconds and spares most of the pauses.
type GCHold struct {
	holds int
	old   int
}

// Hold lowers the pace until as many Releases.
func (g *GCHold) Hold() {
	if g.holds == 0 {
		g.old = debug.SetGCPercent(burstGCPercent)
	}
	g.holds++
}

// Release ends a Hold.
func (g *GCHold) Release() {
	if g.holds == 0 {
		return
	}
	if g.holds--; g.holds == 0 {
		debug.SetGCPercent(g.old)
	}
}
