package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptrace"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// load is a closed-loop load generator: clients goroutines, each sending
// one request at a time over keep-alive connections, alternating between the
// targets, until stop is closed. Every answer is checked whole: status 200,
// the expected Content-Encoding, and a body byte-for-byte equal to the file.
type load struct {
	base    string // http://host:port
	clients int
	targets []loadTarget
	// signaled, when set, marks the moment the server was told to stop; a
	// request that began before it and succeeded after it was in flight
	// during shutdown.
	signaled *atomic.Bool
}

// loadResult gathers what every client saw.
type loadResult struct {
	latencies []time.Duration // of each successful request, body included
	bytes     int64
	straddled int // successes begun before signaled and ended after
	// turnedAway counts requests the server never took in: connection
	// refused, or a connection opened after the signal that was reset
	// before any answer (it was still in the kernel's accept queue when the
	// listener closed). Only a shutdown test may allow them.
	turnedAway int
	failures   []string // everything else, first ones only
	failed     int
	elapsed    time.Duration
}

const keptFailures = 20

func (l load) run(stop <-chan struct{}) loadResult {
	tr := &http.Transport{
		// One connection per client, kept alive, as a browser would.
		MaxConnsPerHost:     l.clients,
		MaxIdleConnsPerHost: l.clients,
		// The test sets Accept-Encoding itself and checks the encoded bytes.
		DisableCompression: true,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	var mu sync.Mutex
	var total loadResult
	var wg sync.WaitGroup
	start := time.Now()
	for c := range l.clients {
		wg.Go(func() {
			r := l.client(client, c, stop)
			mu.Lock()
			defer mu.Unlock()
			total.latencies = append(total.latencies, r.latencies...)
			total.bytes += r.bytes
			total.straddled += r.straddled
			total.turnedAway += r.turnedAway
			total.failed += r.failed
			for _, f := range r.failures {
				if len(total.failures) < keptFailures {
					total.failures = append(total.failures, f)
				}
			}
		})
	}
	wg.Wait()
	total.elapsed = time.Since(start)
	slices.Sort(total.latencies)
	return total
}

// client runs one client's loop. It starts on target c%len so that the
// clients do not all ask for the same file at once. Once turned away, it
// stops: the server is gone or going.
func (l load) client(client *http.Client, c int, stop <-chan struct{}) loadResult {
	var r loadResult
	var body bytes.Buffer
	for i := c; ; i++ {
		select {
		case <-stop:
			return r
		default:
		}
		tg := l.targets[i%len(l.targets)]
		before := l.signaled != nil && !l.signaled.Load()
		start := time.Now()
		turnedAway, err := l.fetch(client, tg, &body)
		took := time.Since(start)
		switch {
		case turnedAway:
			r.turnedAway++
			return r
		case err == nil:
			r.latencies = append(r.latencies, took)
			r.bytes += int64(len(tg.want))
			if before && l.signaled.Load() {
				r.straddled++
			}
		default:
			r.failed++
			if len(r.failures) < keptFailures {
				r.failures = append(r.failures, err.Error())
			}
		}
	}
}

// fetch sends one GET and checks the whole answer. turnedAway reports an
// error that means the server never took the request in.
func (l load) fetch(client *http.Client, tg loadTarget, body *bytes.Buffer) (turnedAway bool, err error) {
	// The transport may retry a request on a new connection (RFC 9112,
	// 9.3.1, when a kept-alive one was closed as idle); the last
	// connection is the one that counts.
	var freshAfterSignal bool
	ctx := httptrace.WithClientTrace(context.Background(), &httptrace.ClientTrace{
		GotConn: func(info httptrace.GotConnInfo) {
			freshAfterSignal = !info.Reused && l.signaled != nil && l.signaled.Load()
		},
	})
	resp, err := get(ctx, client, l.base, tg)
	if err != nil {
		return errors.Is(err, syscall.ECONNREFUSED) || freshAfterSignal, err
	}
	return false, check(resp, tg, body)
}

// check reads resp whole and compares it with tg.
func check(resp *http.Response, tg loadTarget, body *bytes.Buffer) error {
	defer resp.Body.Close()
	body.Reset()
	_, err := body.ReadFrom(resp.Body)
	switch {
	case err != nil:
		return fmt.Errorf("%s: body after %d bytes: %w", tg.path, body.Len(), err)
	case resp.StatusCode != http.StatusOK:
		return fmt.Errorf("%s: status %d", tg.path, resp.StatusCode)
	case resp.Header.Get("Content-Encoding") != tg.encoding:
		return fmt.Errorf("%s: Content-Encoding %q, want %q", tg.path, resp.Header.Get("Content-Encoding"), tg.encoding)
	case !bytes.Equal(body.Bytes(), tg.want):
		return fmt.Errorf("%s: %d bytes, not the %d of the file", tg.path, body.Len(), len(tg.want))
	}
	return nil
}

// get sends GET for tg, accepting only the coding it expects.
func get(ctx context.Context, client *http.Client, base string, tg loadTarget) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", base+tg.path, nil)
	if err != nil {
		return nil, err
	}
	if tg.encoding != "" {
		req.Header.Set("Accept-Encoding", tg.encoding)
	}
	return client.Do(req)
}

// percentile returns the p-th percentile (0 < p <= 1) of sorted latencies,
// nearest-rank.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p+0.999999) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// summary is the one line a load test reports.
func (r loadResult) summary(clients int, site string) string {
	n := len(r.latencies)
	secs := r.elapsed.Seconds()
	return fmt.Sprintf("load: %d clients, %s, %.1fs: %d requests, %.0f req/s, %.0f MB/s; latency p50 %v, p99 %v, max %v; errors %d, turned away %d",
		clients, site, secs, n, float64(n)/secs, float64(r.bytes)/secs/1e6,
		percentile(r.latencies, 0.50).Round(time.Microsecond),
		percentile(r.latencies, 0.99).Round(time.Microsecond),
		percentile(r.latencies, 1).Round(time.Microsecond),
		r.failed, r.turnedAway)
}
