package main

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"syscall"
	"time"
)

// A slow client reads its answer at about 1 MB/s through a small receive
// buffer, like a browser on a slow link. Loopback clients that read at full
// speed do not test a graceful shutdown well: the kernel takes a whole
// 1.5 MB answer into its socket buffers at once, so the server has finished
// writing it long before the client has read it, and even a server that
// dropped its connections on SIGTERM would lose nothing. A slow client
// fetching more than those buffers hold keeps the server writing.
const (
	slowChunk    = 16 << 10
	slowInterval = 16 * time.Millisecond // 16 KiB per 16 ms: 1 MB/s
	slowRcvBuf   = 64 << 10              // set before connecting, so the window stays small
)

func slowHTTPClient() *http.Client {
	d := &net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) {
			serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, slowRcvBuf)
		})
		return cmp.Or(err, serr)
	}}
	return &http.Client{
		Transport: &http.Transport{DialContext: d.DialContext, DisableCompression: true},
		Timeout:   30 * time.Second,
	}
}

// slowFetch fetches tg with client, reading slowly, and checks the whole
// answer as check does. It closes answering once the first byte of the
// answer has come: from then on the server is writing it.
func slowFetch(client *http.Client, base string, tg loadTarget, answering chan<- struct{}) error {
	ctx := httptrace.WithClientTrace(context.Background(), &httptrace.ClientTrace{
		GotFirstResponseByte: func() { close(answering) },
	})
	resp, err := get(ctx, client, base, tg)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: status %d", tg.path, resp.StatusCode)
	}
	var body bytes.Buffer
	for {
		n, err := io.CopyN(&body, resp.Body, slowChunk)
		if err == io.EOF && n < slowChunk {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: body after %d bytes: %w", tg.path, body.Len(), err)
		}
		time.Sleep(slowInterval)
	}
	if !bytes.Equal(body.Bytes(), tg.want) {
		return fmt.Errorf("%s: %d bytes, not the %d of the file", tg.path, body.Len(), len(tg.want))
	}
	return nil
}
