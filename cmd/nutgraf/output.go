package main

import (
	"bytes"
	"encoding/json"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// An output turns each input's outcome into the bytes written to standard
// output for it. Its methods run on the workers, so that the encoding of
// one input overlaps the analysis of others; they must not share state.
type output interface {
	// header is written once, before the first input's bytes.
	header() []byte
	// result is written for an analyzed input.
	result(name string, a *schema.Analysis) ([]byte, error)
	// failure is written in the place of an input that failed.
	failure(name string, err error) []byte
}

// jsonOutput writes each input's Analysis as JSON, one document per line
// (or indented, with pretty), and for a failed input the line
// {"file": ..., "error": ...}. Design's contract is one Analysis per
// input in input order, so a result carries no file name of its own: the
// n-th document is the n-th input's (--list prints that order).
type jsonOutput struct{ pretty bool }

func (jsonOutput) header() []byte { return nil }

func (o jsonOutput) result(_ string, a *schema.Analysis) ([]byte, error) {
	// AppendJSON writes what encoding/json would, without reflection:
	// for long texts the JSON runs to megabytes.
	compact := a.AppendJSON(nil)
	if !o.pretty {
		return append(compact, '\n'), nil
	}
	var b bytes.Buffer
	if err := json.Indent(&b, compact, "", "  "); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// fileError is the line written for an input that failed.
type fileError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

func (o jsonOutput) failure(name string, err error) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if o.pretty {
		enc.SetIndent("", "  ")
	}
	enc.Encode(fileError{File: name, Error: err.Error()}) // two strings always encode
	return b.Bytes()
}
