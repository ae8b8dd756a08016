package main

import (
	"encoding/binary"
	"errors"
	"os"
	"strings"
)

// readVocabulary reads the words the tagger model knows, lower-cased: the
// words of prose's training text frequent enough to keep, either in its
// dictionary of unambiguous words ("tagdict.words": "million", "the") or
// with weights of their own (the features "i word W"). Both sections are
// front-coded string lists (see nlp/modelfile.go).
func readVocabulary(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	const magic = "NUTGRAF-MODEL\x01"
	if !strings.HasPrefix(string(b), magic) {
		return nil, errors.New(path + ": not a model file")
	}
	b = b[len(magic):]
	vocab := map[string]bool{}
	found := 0
	for len(b) > 0 {
		name, rest, ok := chunk(b)
		if !ok {
			break
		}
		payload, rest, ok := chunk(rest)
		if !ok {
			break
		}
		prefix := map[string]string{"tagdict.words": "", "features": "i word "}
		if p, ok := prefix[string(name)]; ok {
			if err := frontDecoded(vocab, payload, p); err != nil {
				return nil, err
			}
			found++
		}
		b = rest
	}
	if found != 2 {
		return nil, errors.New(path + ": no tagdict.words or features section")
	}
	return vocab, nil
}

func chunk(b []byte) (c, rest []byte, ok bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return nil, nil, false
	}
	return b[k : k+int(n)], b[k+int(n):], true
}

// frontDecoded decodes a front-coded list, adding to out the strings that
// start with prefix, less the prefix.
func frontDecoded(out map[string]bool, b []byte, prefix string) error {
	n, k := binary.Uvarint(b)
	b = b[max(k, 0):]
	prev := ""
	for i := uint64(0); i < n; i++ {
		shared, k1 := binary.Uvarint(b)
		if k1 <= 0 {
			return errors.New("truncated string list")
		}
		suffix, k2 := binary.Uvarint(b[k1:])
		if k2 <= 0 || shared > uint64(len(prev)) || uint64(len(b)-k1-k2) < suffix {
			return errors.New("truncated string list")
		}
		s := prev[:shared] + string(b[k1+k2:k1+k2+int(suffix)])
		if w, ok := strings.CutPrefix(s, prefix); ok {
			out[strings.ToLower(w)] = true
		}
		prev = s
		b = b[k1+k2+int(suffix):]
	}
	return nil
}
