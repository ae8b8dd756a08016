package main

import (
	"fmt"
	"strconv"
)

// ms formats milliseconds with the precision that means something at
// their size; 0 (not measured) is "-".
func ms(v float64) string {
	switch {
	case v == 0:
		return "-"
	case v < 10:
		return strconv.FormatFloat(v, 'f', 2, 64)
	case v < 100:
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return comma(int(v + 0.5))
}

// longest formats a longest-task figure: none over 50 ms is a result, not
// a missing value.
func longest(v float64) string {
	if v == 0 {
		return "none > 50"
	}
	return ms(v)
}

func rate(v float64) string {
	if v == 0 {
		return "-"
	}
	return comma(int(v + 0.5))
}

func ratio(v float64) string {
	switch {
	case v < 0.01:
		return strconv.FormatFloat(v, 'f', 4, 64)
	case v < 10:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return strconv.FormatFloat(v, 'f', 0, 64)
}

func count(n int, measured bool) string {
	if !measured {
		return "-"
	}
	return comma(n)
}

// size formats bytes in KiB or MiB.
func size(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.2f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
}

func kb(n int) string { return size(n) }

func mib(v float64) string {
	if v == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f MiB", v)
}

// mbps is throughput in MB (10^6 bytes) per second.
func mbps(bytes int, ms float64) string {
	if ms == 0 {
		return "-"
	}
	return strconv.FormatFloat(float64(bytes)/1e6/(ms/1000), 'f', 3, 64)
}

// comma writes n with thousands separators.
func comma(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + comma(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
