package main

import (
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{comma(0), "0"},
		{comma(999), "999"},
		{comma(1000), "1,000"},
		{comma(1234567), "1,234,567"},
		{comma(-1234), "-1,234"},
		{ms(0), "-"},
		{ms(2.345), "2.35"},
		{ms(17.06), "17.1"},
		{ms(3434.6), "3,435"},
		{size(120000), "117 KiB"},
		{size(1950000), "1.86 MiB"},
		{mbps(581881, 404), "1.440"},
		{ratio(0.0123), "0.01"},
		{ratio(0.004), "0.0040"},
		{ratio(122.4), "122"},
		{plural(1, "task"), "1 task"},
		{plural(0, "task"), "0 tasks"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestWriteAligned(t *testing.T) {
	var sb strings.Builder
	writeAligned(&sb, [][]string{
		{"analyzer", "ms"},
		{"engine (wasm, Node)", "1,234"},
		{"wink-nlp", "5.00"},
	})
	want := "" +
		"analyzer                ms\n" +
		"engine (wasm, Node)  1,234\n" +
		"wink-nlp              5.00\n"
	if sb.String() != want {
		t.Errorf("got\n%s\nwant\n%s", sb.String(), want)
	}
}
