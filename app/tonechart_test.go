package app

import (
	"math"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func toned(scores ...float64) []schema.Sentence {
	ss := make([]schema.Sentence, len(scores))
	for i := range scores {
		if !math.IsNaN(scores[i]) {
			ss[i].Tone = &scores[i]
		}
	}
	return ss
}

func TestToneGeometry(t *testing.T) {
	nan := math.NaN()
	c := ToneGeometry(toned(1, nan, -1, 0, 3), 80)
	if len(c.Points) != 4 || c.Of != 4 {
		t.Fatalf("%d points of %d, want 4 (the untoned sentence skipped)", len(c.Points), c.Of)
	}
	wantSentence := []int{0, 2, 3, 4}
	for k, p := range c.Points {
		if p.Sentence != wantSentence[k] || p.Last != p.Sentence {
			t.Errorf("point %d stands for sentences %d–%d, want %d", k, p.Sentence, p.Last, wantSentence[k])
		}
		// Evenly spaced, centred in equal columns.
		if want := (float64(k) + 0.5) / 4 * toneWidth; math.Abs(p.X-want) > 1e-9 {
			t.Errorf("point %d at x %v, want %v", k, p.X, want)
		}
	}
	// +1 at the top (less the padding), −1 at the bottom, 0 in the middle;
	// a score out of range is held to it.
	if c.Points[0].Y != tonePad || c.Points[1].Y != toneHeight-tonePad || c.Points[2].Y != toneHeight/2 || c.Points[3].Y != tonePad {
		t.Errorf("ys %v %v %v %v", c.Points[0].Y, c.Points[1].Y, c.Points[2].Y, c.Points[3].Y)
	}
	if c.ZeroY != toneHeight/2 {
		t.Errorf("zero at %v", c.ZeroY)
	}
	if c.Path != "M75 8 L225 112 L375 60 L525 8" {
		t.Errorf("path %q", c.Path)
	}
}

func TestToneGeometryRuns(t *testing.T) {
	scores := make([]float64, 10)
	for i := range scores {
		scores[i] = float64(i) / 10
	}
	c := ToneGeometry(toned(scores...), 4)
	if len(c.Points) != 4 {
		t.Fatalf("%d points, want 4", len(c.Points))
	}
	// Runs of 2, 3, 2, 3 sentences, covering all, each the mean.
	next := 0
	for k, p := range c.Points {
		if p.Sentence != next {
			t.Errorf("run %d starts at %d, want %d", k, p.Sentence, next)
		}
		sum := 0.0
		for i := p.Sentence; i <= p.Last; i++ {
			sum += scores[i]
		}
		if mean := sum / float64(p.Last-p.Sentence+1); math.Abs(p.Score-mean) > 1e-9 {
			t.Errorf("run %d scores %v, want the mean %v", k, p.Score, mean)
		}
		next = p.Last + 1
	}
	if next != 10 {
		t.Errorf("the runs end at %d, want 10", next)
	}
	if l := c.Points[1].PointLabel(12); !strings.HasPrefix(l, "Sentences 3–5 of 12: ") || !strings.Contains(l, "on average") {
		t.Errorf("run label %q", l)
	}
}

func TestToneGeometryEmpty(t *testing.T) {
	for _, ss := range [][]schema.Sentence{nil, make([]schema.Sentence, 3)} {
		if c := ToneGeometry(ss, 80); len(c.Points) != 0 || c.Path != "" {
			t.Errorf("%d sentences without tone give %+v", len(ss), c)
		}
	}
	c := ToneGeometry(toned(-0.4), 80)
	if len(c.Points) != 1 || c.Points[0].X != toneWidth/2 {
		t.Errorf("one sentence: %+v, want one point in the middle", c.Points)
	}
	if l := c.Points[0].PointLabel(1); l != "Sentence 1 of 1: moderately negative, −0.40. Show it in the article." {
		t.Errorf("label %q", l)
	}
}

func TestToneCaption(t *testing.T) {
	c := ToneGeometry(toned(0.1, -0.6, 0.3), 80)
	got := ToneCaption(c, &schema.Tone{Score: -0.07, Label: "negative", Positive: 2, Negative: 1}, 3)
	want := "Overall slightly negative (−0.07 on a scale of −1 to +1): 2 positive, 1 negative and 0 neutral sentences. " +
		"Most negative: sentence 2 (−0.60). Most positive: sentence 3 (+0.30). Each point is a button that shows its sentences in the article."
	if got != want {
		t.Errorf("caption\n got %q\nwant %q", got, want)
	}
}
