package main

import (
	"slices"
	"testing"
)

func TestAcceptedCodings(t *testing.T) {
	tests := []struct {
		header []string
		want   []string
	}{
		{nil, nil},
		{[]string{""}, nil},
		{[]string{"br"}, []string{"br"}},
		{[]string{"gzip, br"}, []string{"br", "gzip"}},
		{[]string{"gzip;q=0.9, br;q=0.8"}, []string{"gzip", "br"}},
		{[]string{"gzip", "br;q=0.5"}, []string{"gzip", "br"}}, // several header lines
		{[]string{"br;q=0"}, nil},
		{[]string{"br;Q=0"}, nil},
		{[]string{"br ; q = 0 , gzip"}, []string{"gzip"}},
		{[]string{"*"}, []string{"br", "gzip"}},
		{[]string{"*;q=0.5, gzip"}, []string{"gzip", "br"}},
		{[]string{"*;q=0, gzip"}, []string{"gzip"}},
		{[]string{"br;q=NaN, gzip;q=2"}, nil},
		{[]string{"identity;q=0"}, nil},
		{[]string{",,;q=1, br"}, []string{"br"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range acceptedCodings(tt.header) {
			got = append(got, c.token)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("acceptedCodings(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}
