package nlp

import "unicode/utf8"

// prose tags links and e-mail addresses NN, finding them with two
// patterns of github.com/mingrammer/commonregex (MIT). The tagger needs
// only whether a token contains a match; containsLink and containsEmail
// answer that as the patterns do (linkmatch_test.go keeps them and checks
// the answers agree).

// containsLink reports whether s contains a match of commonregex's link
// pattern:
//
//	(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.]
//	   (?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+
//	   (?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))
//
// Whether some substring matches does not depend on the optional scheme,
// and a host of one character is as good as a longer one. So s contains a
// link if and only if it contains
//
//	HOST "." TOKEN TOKEN* (GROUP | END)
//
// where HOST is [a-z0-9.-], TOKEN a path character [^\s()<>] or a GROUP,
// GROUP "(" (path characters and "(path characters)")* ")", and END a path
// character other than !()[]{};:'".,<>?. The GROUP can be nested, so this
// is read with a small automaton (the bits of linkState), stepping once
// per rune over every place the pattern can be at.
func containsLink(s string) bool {
	var at linkState
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		next, found := at.step(r)
		if found {
			return true
		}
		at = next
	}
	return false
}

// linkState is a set of places in the link pattern, the ones the text read
// so far can have reached.
type linkState uint16

const (
	linkHost linkState = 1 << iota // after HOST: "." must follow
	linkDot                        // after HOST ".": a TOKEN must follow
	linkPath                       // after a TOKEN: TOKEN, GROUP or END may follow
	// Inside the first TOKEN when it is a GROUP: at its first level,
	// just inside a nested "(", and inside it after a path character.
	linkFirstGroup
	linkFirstNested
	linkFirstNestedText
	// The same, for a GROUP after a TOKEN, which may be the last one.
	linkGroup
	linkNested
	linkNestedText
)

// step reads the rune r: the places the pattern reaches with it, and
// whether it completes a link.
func (at linkState) step(r rune) (next linkState, found bool) {
	if r < utf8.RuneSelf && isLinkHostByte(byte(r)) {
		next |= linkHost // a link can start anywhere
	}
	switch {
	case r == '(':
		next |= at.moveIf(linkDot, linkFirstGroup) | at.moveIf(linkPath, linkGroup) |
			at.moveIf(linkFirstGroup, linkFirstNested) | at.moveIf(linkGroup, linkNested)
	case r == ')':
		if at&linkGroup != 0 {
			return next, true // a GROUP after a TOKEN ends the link
		}
		next |= at.moveIf(linkFirstGroup, linkPath) |
			at.moveIf(linkFirstNestedText, linkFirstGroup) | at.moveIf(linkNestedText, linkGroup)
	case isLinkPathRune(r):
		if at&linkPath != 0 && isLinkEndRune(r) {
			return next, true
		}
		if r == '.' {
			next |= at.moveIf(linkHost, linkDot)
		}
		next |= at.moveIf(linkDot|linkPath, linkPath) |
			at.moveIf(linkFirstGroup, linkFirstGroup) | at.moveIf(linkFirstNested|linkFirstNestedText, linkFirstNestedText) |
			at.moveIf(linkGroup, linkGroup) | at.moveIf(linkNested|linkNestedText, linkNestedText)
	}
	return next, false
}

// moveIf is to if the set has any place of from, and none otherwise.
func (at linkState) moveIf(from, to linkState) linkState {
	if at&from != 0 {
		return to
	}
	return 0
}

// isLinkHostByte is the class [a-z0-9.\-].
func isLinkHostByte(b byte) bool {
	return 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || b == '.' || b == '-'
}

// isLinkPathRune is the class [^\s()<>]. Like a negated class of package
// regexp, it takes any other rune, invalid UTF-8 (read as U+FFFD) too.
func isLinkPathRune(r rune) bool {
	if r >= utf8.RuneSelf {
		return true
	}
	return !isPerlSpace(byte(r)) && r != '(' && r != ')' && r != '<' && r != '>'
}

// isLinkEndRune is the class [^\s!()\[\]{};:\'".,<>?] of a link's last
// character, for runes isLinkPathRune accepts.
func isLinkEndRune(r rune) bool {
	switch r {
	case '!', '[', ']', '{', '}', ';', ':', '\'', '"', '.', ',', '?':
		return false
	}
	return true
}

// containsEmail reports whether s contains a match of commonregex's
// e-mail pattern:
//
//	(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)
//
// Whether some substring matches needs only one character of the local
// part and one of the last label: s contains an address if and only if it
// has, somewhere, a local character, "@", a label of letters, digits and
// inner hyphens, ".", and a letter or digit. The label cannot hold a stop,
// so it is the whole run of letters, digits and hyphens after the "@".
func containsEmail(s string) bool {
	var before rune // the rune before s[i]
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '@' && isEmailLocalRune(before) && emailDomainFollows(s, i+n) {
			return true
		}
		before = r
		i += n
	}
	return false
}

// emailDomainFollows reports whether s[i:] starts with a label, a stop and
// a letter or digit.
func emailDomainFollows(s string, i int) bool {
	var first, last rune
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != '-' && !isEmailAlnum(r) {
			break
		}
		if first == 0 {
			first = r
		}
		last = r
		i += n
	}
	if first == 0 || !isEmailAlnum(first) || !isEmailAlnum(last) || !byteAt(s, i, '.') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return isEmailAlnum(r)
}

// isEmailAlnum is the class [a-z0-9] under (?i): ASCII letters and digits,
// and the two runes that fold to ASCII letters, the Kelvin sign (k) and
// the long s.
func isEmailAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' ||
		r == '\u212A' || r == '\u017F'
}

// isEmailLocalRune is the class [A-Za-z0-9!#$%&'*+\/=?^_{|.}~-] under
// (?i).
func isEmailLocalRune(r rune) bool {
	switch r {
	case '!', '#', '$', '%', '&', '\'', '*', '+', '/', '=', '?', '^', '_', '{', '|', '.', '}', '~', '-':
		return true
	}
	return isEmailAlnum(r)
}
