package app

import (
	"math"
	"strings"
)

// Tone in words: the label the engine gives (negative, neutral,
// positive) with how strong it is, so that the tone is never told by a
// colour or a bare number alone.

// ToneWords says a tone score (−1 to 1) and its label in words: "slightly
// negative", "neutral", "strongly positive".
func ToneWords(score float64, label string) string {
	if label == "" {
		label = toneLabel(score)
	}
	if label == "neutral" {
		return "neutral"
	}
	a := math.Abs(score)
	switch {
	case a < 0.2:
		return "slightly " + label
	case a < 0.5:
		return "moderately " + label
	}
	return "strongly " + label
}

// toneLabel is the engine's label for a score: negative ≤ −0.05 <
// neutral < 0.05 ≤ positive.
func toneLabel(score float64) string {
	switch {
	case score <= -0.05:
		return "negative"
	case score >= 0.05:
		return "positive"
	}
	return "neutral"
}

// signed writes a score with its sign and a true minus: "+0.42", "−0.10".
func signed(score float64) string {
	s := decimal(math.Abs(score), 2)
	switch {
	case s == "0.00":
		return "0.00"
	case score < 0:
		return "−" + s
	}
	return "+" + s
}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// markerLabel names a tone marker's kind for a reader.
func markerLabel(kind string) string {
	switch kind {
	case "loaded":
		return "Loaded word"
	case "hedge":
		return "Hedge"
	}
	return capitalize(kind)
}
