package main

import (
	"io"
	"log/slog"
	"net/http"
	"time"
)

// withLog logs one line per request: method, path, status, bytes, duration
// and content encoding. The path is logged without its query string, which
// is the reader's business, and request bodies are never read.
func withLog(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK // the handler wrote nothing at all
		}
		encoding := w.Header().Get("Content-Encoding")
		if encoding == "" {
			encoding = "identity"
		}
		logger.Info("request",
			"method", r.Method,
			// EscapedPath keeps control characters out of the log.
			"path", r.URL.EscapedPath(),
			"status", rec.status,
			"bytes", rec.bytes,
			"duration", time.Since(start),
			"encoding", encoding,
		)
	})
}

// recorder notes the status and the body bytes written through it.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(p)
	r.bytes += int64(n)
	return n, err
}

// ReadFrom keeps the server's sendfile path, which io.Copy takes when the
// writer is an io.ReaderFrom; without it, wrapping would cost a copy.
func (r *recorder) ReadFrom(src io.Reader) (int64, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	var n int64
	var err error
	if rf, ok := r.ResponseWriter.(io.ReaderFrom); ok {
		n, err = rf.ReadFrom(src)
	} else {
		n, err = io.Copy(struct{ io.Writer }{r.ResponseWriter}, src)
	}
	r.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the real writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
