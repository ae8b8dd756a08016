package nlp

import (
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Figures (DESIGN.md: the figures list): MONEY, PERCENT, QUANTITY,
// CARDINAL and ORDINAL, each with a normalized value: the number as
// digits ("5500000"), with its currency ("5500000 USD") or unit ("20 km").

// currencySigns are the signs written before amounts, with their ISO
// codes.
var currencySigns = []struct{ sign, code string }{{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"},
	{"₽", "RUB"}, {"₹", "INR"}}

var currencyWords = map[string]string{"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
	"pound": "GBP", "pounds": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
	"yuan": "CNY", "yen": "JPY", "rupees": "INR", "rupee": "INR", "cents": "USD cents"}

// scaleWords multiply by a power of ten (its exponent).
var scaleWords = map[string]int{"thousand": 3, "million": 6, "billion": 9, "trillion": 12,
	"mln": 6, "bln": 9, "bn": 9, "m": 6}

var unitWords = set("km", "kilometers", "kilometres", "miles", "mile", "meters", "metres", "m", "feet", "foot",
	"kg", "kilograms", "tons", "tonnes", "ton", "pounds", "lbs", "liters", "litres", "gallons", "barrels",
	"acres", "hectares", "degrees", "cm", "mm", "inches", "mph", "kph", "km/h", "square", "cubic")

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12}

var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
	"hundredth": 100}

// amount is a decimal number kept as its digits and the count of them
// after the point, so that "5.5 million" normalizes to "5500000" exactly
// (and strconv's float code, 15 KB of the engine's download, stays out).
type amount struct {
	digits string // without sign, point or separators
	point  int    // digits after the decimal point; negative: zeros to add
}

// number reads a numeral: digits with thousands commas and a decimal
// point, or a number word.
func number(s string) (amount, bool) {
	if n, ok := numberWords[strings.ToLower(s)]; ok {
		return amount{digits: strconv.Itoa(n)}, true
	}
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) {
		return amount{}, false
	}
	var b strings.Builder
	a, dot := amount{}, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			b.WriteByte(c)
			if dot {
				a.point++
			}
		case c == '.' && !dot:
			dot = true
		case c == ',' && !dot:
		default:
			return amount{}, false
		}
	}
	a.digits = b.String()
	return a, true
}

// scale multiplies a by 10^exp.
func (a amount) scale(exp int) amount { a.point -= exp; return a }

// String writes the number plainly: "5500000", "12.5".
func (a amount) String() string {
	d := strings.TrimLeft(a.digits, "0")
	if a.point <= 0 {
		if d == "" {
			return "0"
		}
		return d + strings.Repeat("0", -a.point)
	}
	for len(d) < a.point+1 {
		d = "0" + d
	}
	whole, frac := d[:len(d)-a.point], strings.TrimRight(d[len(d)-a.point:], "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// matchFigure matches a figure starting at word i.
func matchFigure(s string, w []word, i int) (schema.Value, int) {
	at := func(k int) string {
		if k < len(w) {
			return w[k].text
		}
		return ""
	}
	val := func(n int, typ, value string) (schema.Value, int) {
		return schema.Value{Start: w[i].start, End: w[i+n-1].end, Text: s[w[i].start:w[i+n-1].end], Type: typ, Value: value}, n
	}
	// scaled reads a number at word k and an optional scale word after it.
	scaled := func(k int) (amount, int, bool) {
		f, ok := number(at(k))
		if !ok {
			return amount{}, 0, false
		}
		if sc, ok := scaleWords[strings.ToLower(at(k+1))]; ok && (at(k+1) != "m" || k > i) {
			return f.scale(sc), 2, true
		}
		return f, 1, true
	}
	// Money: "$5.5 million", "€20", "1,200 rubles".
	tok := w[i].text
	for _, cs := range currencySigns {
		sym, code := cs.sign, cs.code
		if tok == sym {
			if f, n, ok := scaled(i + 1); ok {
				return val(1+n, "MONEY", f.String()+" "+code)
			}
		}
		if rest, ok := strings.CutPrefix(tok, sym); ok && rest != "" {
			if f, ok := number(rest); ok {
				n := 1
				if sc, ok := scaleWords[strings.ToLower(at(i+1))]; ok {
					n, f = 2, f.scale(sc)
				}
				return val(n, "MONEY", f.String()+" "+code)
			}
		}
	}
	if f, n, ok := scaled(i); ok {
		next := strings.ToLower(at(i + n))
		switch {
		case currencyWords[next] != "":
			return val(n+1, "MONEY", f.String()+" "+currencyWords[next])
		case next == "%" || next == "percent":
			return val(n+1, "PERCENT", f.String())
		case next == "per" && strings.ToLower(at(i+n+1)) == "cent":
			return val(n+2, "PERCENT", f.String())
		case unitWords[next] && n == 1:
			return val(2, "QUANTITY", f.String()+" "+next)
		}
		if isDigit(tok[0]) || n == 2 || numberWords[strings.ToLower(tok)] > 1 {
			return val(n, "CARDINAL", f.String())
		}
		return schema.Value{}, 0 // "one" alone is mostly a pronoun
	}
	if p, ok := strings.CutSuffix(tok, "%"); ok {
		if f, ok := number(p); ok {
			return val(1, "PERCENT", f.String())
		}
	}
	if n, ok := ordinal(tok); ok {
		return val(1, "ORDINAL", strconv.Itoa(n))
	}
	return schema.Value{}, 0
}

// ordinal reads "93rd" or "first".
func ordinal(s string) (int, bool) {
	if n, ok := ordinalWords[strings.ToLower(s)]; ok {
		return n, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(s, suf); ok && d != "" && isDigit(d[0]) && isDigit(d[len(d)-1]) {
			n, err := strconv.Atoi(d)
			return n, err == nil
		}
	}
	return 0, false
}
