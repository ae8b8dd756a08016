package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// decodeAnalysis reads the engine's JSON as json.Unmarshal would, but in
// pieces, pausing between them: the Analysis of a book-length text is
// megabytes of JSON, and decoding it in one go would hold the page's thread
// for most of a second. The long lists are decoded an element at a time;
// every other top-level field is handed to json.Unmarshal whole, as a
// one-field object, so that fields added to the schema are still read.
//
// The sentences are decoded too: the article view anchors them for the
// tone chart and the summary to scroll to. The Doc keeps the JSON whole
// for the download.
func decodeAnalysis(data []byte, pace *Pacer) (*schema.Analysis, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	a := new(schema.Analysis)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var perr error
		switch key {
		case "paragraphs":
			perr = decodeList(dec, &a.Paragraphs, data, pace)
		case "sentences":
			perr = decodeList(dec, &a.Sentences, data, pace)
		case "entities":
			perr = decodeList(dec, &a.Entities, data, pace)
		case "quotes":
			perr = decodeList(dec, &a.Quotes, data, pace)
		default:
			var raw json.RawMessage
			if perr = dec.Decode(&raw); perr == nil {
				k, _ := json.Marshal(key)
				perr = json.Unmarshal([]byte("{"+string(k)+":"+string(raw)+"}"), a)
			}
		}
		if perr != nil {
			return nil, fmt.Errorf("%s: %w", key, perr)
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err == nil {
		return nil, errors.New("data after the Analysis")
	}
	return a, nil
}

// decodeList decodes a JSON array (or null) into *dst one element at a
// time, pausing as the pacer says; progress is how far into data the
// decoder is.
func decodeList[T any](dec *json.Decoder, dst *[]T, data []byte, pace *Pacer) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		*dst = nil
		return nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return fmt.Errorf("got %v, want an array", tok)
	}
	list := make([]T, 0, 16)
	for dec.More() {
		var v T
		if err := dec.Decode(&v); err != nil {
			return err
		}
		list = append(list, v)
		pace.Progress(float64(dec.InputOffset()), float64(len(data)))
		pace.Pause()
	}
	*dst = list
	return expectDelim(dec, ']')
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("got %v, want %v", tok, want)
	}
	return nil
}
