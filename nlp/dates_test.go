package nlp

import (
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
