package nlp

import (
	"strings"
	"testing"
	"time"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Dates are resolved against the dateline; figures carry their amounts
// and units.
func TestDatesAndFigures(t *testing.T) {
	text := "WASHINGTON, June 2, 2017 (AP) — The company said on Friday it paid $5.5 million, or 12 percent " +
		"more than in 2016, for 20 km of road at 10:30 a.m. yesterday. It was the 93rd time; three officials " +
		"said 1,200 rubles and €20 were spent by 2 June 2017. Shares rose 3% at the 2017 Paris Air Show."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, text, a)
	want := map[string][2]string{
		"Friday":       {"DATE", "2017-06-02"}, // the dateline's day was a Friday
		"2016":         {"DATE", "2016"},
		"10:30 a.m.":   {"TIME", "T10:30"},
		"yesterday":    {"DATE", "2017-06-01"},
		"2 June 2017":  {"DATE", "2017-06-02"},
		"2017":         {"DATE", "2017"},
		"$5.5 million": {"MONEY", "5500000 USD"},
		"12 percent":   {"PERCENT", "12"},
		"3%":           {"PERCENT", "3"},
		"20 km":        {"QUANTITY", "20 km"},
		"93rd":         {"ORDINAL", "93"},
		"three":        {"CARDINAL", "3"},
		"1,200 rubles": {"MONEY", "1200 RUB"},
		"€20":          {"MONEY", "20 EUR"},
	}
	got := map[string][2]string{}
	for _, v := range append(append([]schema.Value{}, a.Dates...), a.Figures...) {
		got[v.Text] = [2]string{v.Type, v.Value}
		if text[v.Start:v.End] != v.Text {
			t.Errorf("%q spans %q", v.Text, text[v.Start:v.End])
		}
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%q: got %v, want %v", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("found %v, want exactly %v", got, want)
	}
}

// Without a year in the dateline, a date keeps its month and day and a
// weekday stays unresolved.
func TestDatesWithoutYear(t *testing.T) {
	a, err := engine(t).Analyze("MOSCOW, June 2 / TASS / Putin spoke on Friday about the events of May 9.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, v := range a.Dates {
		got[v.Text] = v.Value
	}
	if v, ok := got["Friday"]; !ok || v != "" {
		t.Errorf("Friday: %q, %v; want found, no value", v, ok)
	}
	if got["May 9"] != "XXXX-05-09" {
		t.Errorf("May 9 = %q, want XXXX-05-09", got["May 9"])
	}
}

// The calendar arithmetic agrees with the time package over four
// centuries and across month and year ends.
func TestCivilDays(t *testing.T) {
	start := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := start; d.Year() < 2300; d = d.AddDate(0, 0, 1) {
		days := daysFromCivil(d.Year(), int(d.Month()), d.Day())
		if want := int(d.Unix() / 86400); days != want {
			t.Fatalf("daysFromCivil(%s) = %d, want %d", d.Format("2006-01-02"), days, want)
		}
		if y, m, dd := civilFromDays(days); y != d.Year() || m != int(d.Month()) || dd != d.Day() {
			t.Fatalf("civilFromDays(%d) = %d-%d-%d, want %s", days, y, m, dd, d.Format("2006-01-02"))
		}
		if weekday(days) != int(d.Weekday()) {
			t.Fatalf("weekday(%s) = %d, want %d", d.Format("2006-01-02"), weekday(days), d.Weekday())
		}
	}
}

func TestAmounts(t *testing.T) {
	for _, c := range []struct {
		in    string
		scale int
		want  string
	}{{"5.5", 6, "5500000"}, {"12.50", 0, "12.5"}, {"0.5", 6, "500000"}, {"1.25", 3, "1250"},
		{"1,200", 0, "1200"}, {"007", 0, "7"}, {"0", 0, "0"}, {"0.05", 0, "0.05"}, {"3", 9, "3000000000"}} {
		a, ok := number(c.in)
		if got := a.scale(c.scale).String(); !ok || got != c.want {
			t.Errorf("%s × 10^%d = %q (%v), want %s", c.in, c.scale, got, ok, c.want)
		}
	}
}

// TestRelativeDates resolves relative dates against the dateline's day,
// Friday 2 June 2017, and marks the vague ones approximate.
func TestRelativeDates(t *testing.T) {
	text := "WASHINGTON, June 2, 2017 (AP) — The talks began two days ago, after a few weeks ago the envoys met. " +
		"Sales fell last year and will rise next month, the firm said earlier this week. " +
		"It met last Friday and meets next Tuesday; three months ago and a year ago it did not. " +
		"Last week a few days ago was quiet. This one is not a date, nor is last place."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, text, a)
	type want struct {
		value  string
		approx bool
	}
	wants := map[string]want{
		"two days ago":      {"2017-05-31", false},
		"a few weeks ago":   {"2017-05", true},
		"last year":         {"2016", false},
		"next month":        {"2017-07", false},
		"earlier this week": {"2017-05-29", true}, // the week's Monday
		"last Friday":       {"2017-05-26", false},
		"next Tuesday":      {"2017-06-06", false},
		"three months ago":  {"2017-03", false},
		"a year ago":        {"2016", false},
		"Last week":         {"2017-05-22", true},
		"a few days ago":    {"2017-05-30", true},
	}
	got := map[string]want{}
	for _, v := range a.Dates {
		got[v.Text] = want{v.Value, v.Approximate}
	}
	for text, w := range wants {
		if g, ok := got[text]; !ok || g != w {
			t.Errorf("%q: got %+v (found %v), want %+v", text, g, ok, w)
		}
	}
	for _, v := range a.Dates {
		if v.Text == "This" || v.Text == "last" || v.Text == "a" {
			t.Errorf("%q taken for a date", v.Text)
		}
	}
}

// TestRelativeDateArithmetic covers the year ends and an unknown date.
func TestRelativeDateArithmetic(t *testing.T) {
	jan := articleDate{2018, 1, 15} // a Monday
	tests := []struct {
		words  string
		anchor articleDate
		value  string
		approx bool
	}{
		{"last month", jan, "2017-12", false},
		{"13 months ago", jan, "2016-12", false},
		{"next month", articleDate{2017, 12, 3}, "2018-01", false},
		{"last Monday", jan, "2018-01-08", false}, // strictly before
		{"next Monday", jan, "2018-01-22", false},
		{"this week", jan, "2018-01-15", true},
		{"several years ago", jan, "2015", true},
		{"two days ago", articleDate{2017, 0, 0}, "", false},
		{"last year", articleDate{}, "", false},
		{"a few weeks ago", articleDate{}, "", true},
	}
	for _, tt := range tests {
		ws := splitWords(nil, tt.words)
		at := func(k int) string {
			if k < len(ws) {
				return strings.ToLower(ws[k].text)
			}
			return ""
		}
		v, approx, n := matchRelativeDate(at, 0, tt.anchor)
		if n != len(ws) || v != tt.value || approx != tt.approx {
			t.Errorf("%q at %v: %q approx %v over %d words, want %q approx %v over %d",
				tt.words, tt.anchor, v, approx, n, tt.value, tt.approx, len(ws))
		}
	}
}
