package main

import "time"

// limits bound what one client can cost the server: how long it may take to
// send its headers and body, how long it may take to read the answer, how
// long an idle keep-alive connection is kept, and how large its headers may
// be. Tests run the real server with short ones; main uses
// productionLimits.
type limits struct {
	// readHeader cuts off a client that trickles its headers (slowloris).
	readHeader time.Duration
	// read bounds the whole request, headers and body.
	read time.Duration
	// write bounds the answer, from the end of the request headers; long
	// enough for a large wasm over a slow link.
	write time.Duration
	// idle is how long a keep-alive connection may wait for its next request.
	idle time.Duration
	// maxHeaderBytes is the request line and headers' limit; beyond it
	// (plus net/http's 4 KiB slack) the answer is 431.
	maxHeaderBytes int
}

var productionLimits = limits{
	readHeader:     5 * time.Second,
	read:           15 * time.Second,
	write:          60 * time.Second,
	idle:           120 * time.Second,
	maxHeaderBytes: 64 << 10,
}
