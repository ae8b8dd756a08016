package main

import (
	"slices"
	"strconv"
	"strings"
)

// coding is a content coding we can serve from a precompressed sibling file.
type coding struct {
	token  string // as in Accept-Encoding and Content-Encoding
	suffix string // of the sibling file: FILE.br, FILE.gz
}

// codings are listed in order of preference when the client weighs them
// equally: brotli files are smaller.
var codings = []coding{
	{token: "br", suffix: ".br"},
	{token: "gzip", suffix: ".gz"},
}

// acceptedCodings parses Accept-Encoding (RFC 9110, 12.5.3) and returns the
// codings we have that the client accepts, best first: higher q first, ties
// in our order. A coding with q=0 is refused; "*" covers codings not named.
// No header at all means identity only: we never send a coding nobody asked
// for, even though the RFC would allow it.
func acceptedCodings(header []string) []coding {
	q := map[string]float64{}
	star, hasStar := 0.0, false
	for _, line := range header {
		for item := range strings.SplitSeq(line, ",") {
			name, weight, ok := parseCodingItem(item)
			if !ok {
				continue
			}
			if name == "*" {
				star, hasStar = weight, true
				continue
			}
			if name == "x-gzip" { // an old alias, RFC 9110, 8.4.1.3
				name = "gzip"
			}
			q[name] = weight
		}
	}
	var out []coding
	weights := map[string]float64{}
	for _, c := range codings {
		w, named := q[c.token]
		if !named {
			if !hasStar {
				continue
			}
			w = star
		}
		if w <= 0 {
			continue
		}
		weights[c.token] = w
		out = append(out, c)
	}
	// Stable, so equal weights keep the order of codings.
	slices.SortStableFunc(out, func(a, b coding) int {
		switch wa, wb := weights[a.token], weights[b.token]; {
		case wa > wb:
			return -1
		case wa < wb:
			return 1
		}
		return 0
	})
	return out
}

// parseCodingItem parses one "token;q=0.5" element. Elements that do not
// parse are skipped rather than failing the request; a bad q counts as a
// refusal, the safe reading.
func parseCodingItem(item string) (name string, q float64, ok bool) {
	name, params, _ := strings.Cut(item, ";")
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return "", 0, false
	}
	q = 1
	for p := range strings.SplitSeq(params, ";") {
		k, v, _ := strings.Cut(p, "=")
		if !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || !(f >= 0 && f <= 1) { // also catches NaN
			f = 0
		}
		q = f
	}
	return name, q, true
}
