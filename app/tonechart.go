package app

import (
	"math"
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// The tone arc's geometry, apart from its drawing so that it can be
// tested without a browser. The chart is drawn in a viewBox of
// toneWidth × toneHeight that the page stretches to its width; the
// points are evenly spaced, point k of n centred at (k+½)/n of the width,
// so that a row of n equal columns laid over the chart (the buttons)
// has each column centred on its point, without positioning any of them.
const (
	toneWidth  = 600.0
	toneHeight = 120.0
	tonePad    = 8.0 // room above +1 and below −1 for the dots
	// maxTonePoints bounds the points of a long article: past it,
	// sentences are taken in runs, each point the mean of a run.
	maxTonePoints = 80
)

// TonePoint is one point of the tone arc: a sentence, or a run of them.
type TonePoint struct {
	Sentence int     // the (first) sentence it stands for, an index of Sentences
	Last     int     // the last sentence of its run (== Sentence for one)
	Score    float64 // the sentence's compound score, or the run's mean, −1 to 1
	X, Y     float64 // in the viewBox
}

// ToneChart is the tone arc to draw.
type ToneChart struct {
	Points []TonePoint
	Path   string  // the SVG path through the points
	ZeroY  float64 // the y of a neutral tone (0)
	Of     int     // the sentences with a tone
}

// ToneGeometry lays out the tone of the sentences that have one, in
// article order, in at most maxPoints points. A sentence without a tone
// (the engine has no tone stage yet, or left it out) is skipped.
func ToneGeometry(sentences []schema.Sentence, maxPoints int) ToneChart {
	type toned struct {
		i     int
		score float64
	}
	var ts []toned
	for i, s := range sentences {
		if s.Tone != nil && !math.IsNaN(*s.Tone) {
			ts = append(ts, toned{i, min(max(*s.Tone, -1), 1)})
		}
	}
	c := ToneChart{ZeroY: toneY(0), Of: len(ts)}
	if len(ts) == 0 {
		return c
	}
	maxPoints = max(maxPoints, 1)
	runs := min(len(ts), maxPoints)
	var path strings.Builder
	for k := range runs {
		// Run k holds the sentences [from, to) of ts: runs as even as
		// the counts allow.
		from, to := k*len(ts)/runs, (k+1)*len(ts)/runs
		sum := 0.0
		for _, t := range ts[from:to] {
			sum += t.score
		}
		p := TonePoint{
			Sentence: ts[from].i,
			Last:     ts[to-1].i,
			Score:    sum / float64(to-from),
			X:        (float64(k) + 0.5) / float64(runs) * toneWidth,
		}
		p.Y = toneY(p.Score)
		c.Points = append(c.Points, p)
		if k == 0 {
			path.WriteString("M")
		} else {
			path.WriteString(" L")
		}
		path.WriteString(coord(p.X) + " " + coord(p.Y))
	}
	c.Path = path.String()
	return c
}

// toneY maps a score to the viewBox: +1 at the top, −1 at the bottom.
func toneY(score float64) float64 {
	mid := toneHeight / 2
	return mid - score*(mid-tonePad)
}

// coord writes a coordinate with one decimal, enough at any width.
func coord(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// PointLabel is what a point's button says to a screen reader: which
// sentences, and their tone in words and as a number.
func (p TonePoint) PointLabel(of int) string {
	where := "Sentence " + thousands(p.Sentence+1)
	tone := ToneWords(p.Score, "") + ", " + signed(p.Score)
	if p.Last != p.Sentence {
		where = "Sentences " + thousands(p.Sentence+1) + "–" + thousands(p.Last+1)
		tone += " on average"
	}
	return where + " of " + thousands(of) + ": " + tone + ". Show it in the article."
}
