package app

import (
	"strings"
	"testing"
)

func TestTooLarge(t *testing.T) {
	tests := []struct {
		n    int
		want string // a part of the message; "" for none
	}{
		{0, ""},
		{MaxInputBytes, ""},
		{MaxInputBytes + 1, "This text is 5.1 MB; Nutgraf analyzes up to 5 MB."},
		{6*(1<<20) + (1<<20)/5, "This text is 6.2 MB"},
		{6 << 20, "This text is 6 MB"},
	}
	for _, tt := range tests {
		got := TooLarge(tt.n)
		if tt.want == "" && got != "" {
			t.Errorf("TooLarge(%d) = %q, want none", tt.n, got)
		}
		if tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("TooLarge(%d) = %q, want it to say %q", tt.n, got, tt.want)
		}
	}
}
