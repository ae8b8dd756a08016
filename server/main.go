// Command server is Nutgraf's static host. It serves the built site (dist/,
// written by `make build`) and nothing else: no endpoint accepts text, since
// the analysis runs in the reader's browser. It adds what a bare file server
// lacks: the right types for wasm and the manifest, precompressed .br/.gz
// siblings, strong ETags, and the security headers the page relies on.
//
//	go run ./server -dir dist -addr 127.0.0.1:8080
//
// Files come only from -dir. Embedding dist/ in the binary is not offered:
// //go:embed cannot reach outside this package's directory, and any static
// host can serve dist/ as it is.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"
)

// shutdownGrace is how long in-flight requests get to finish on SIGINT or
// SIGTERM before their connections are closed.
const shutdownGrace = 10 * time.Second

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stderr, hooks{}); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "nutgraf:", err)
		os.Exit(1)
	}
}

// hooks let tests observe and slow down the real server; main leaves them
// empty.
type hooks struct {
	ready func(net.Addr)                  // called once listening
	wrap  func(http.Handler) http.Handler // wraps the handler
	// limits, when set, replace productionLimits, so that timeout tests
	// take a fraction of a second rather than the real timeouts.
	limits *limits
}

// run parses args, serves until ctx is done, then shuts down gracefully.
func run(ctx context.Context, args []string, stderr io.Writer, hk hooks) error {
	flags := flag.NewFlagSet("server", flag.ContinueOnError)
	flags.SetOutput(stderr)
	dir := flags.String("dir", "dist", "directory of the built site to serve")
	addr := flags.String("addr", "127.0.0.1:8080", "address to listen on")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %q", flags.Args())
	}
	if err := checkSite(*dir); err != nil {
		return err
	}

	logger := slog.New(slog.NewTextHandler(stderr, nil))
	handler := newHandler(*dir, logger)
	if hk.wrap != nil {
		handler = hk.wrap(handler)
	}
	lim := productionLimits
	if hk.limits != nil {
		lim = *hk.limits
	}
	srv := newServer(handler, logger, lim)

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "nutgraf: serving %s at http://%s/\n", *dir, ln.Addr())
	if hk.ready != nil {
		hk.ready(ln.Addr())
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err // the listener failed; nothing to shut down
	case <-ctx.Done():
	}

	// Shutdown stops accepting, closes idle connections and waits for
	// active ones; after the grace period the rest are cut.
	shutCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// checkSite fails early, and plainly, when dir is not a built site.
func checkSite(dir string) error {
	info, err := os.Stat(filepath.Join(dir, "index.html"))
	if err != nil || !info.Mode().IsRegular() {
		return fmt.Errorf("%s has no index.html: run make build first", dir)
	}
	return nil
}

// newServer sets the limits a server facing the open internet needs.
func newServer(h http.Handler, logger *slog.Logger, lim limits) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: lim.readHeader,
		ReadTimeout:       lim.read,
		WriteTimeout:      lim.write,
		IdleTimeout:       lim.idle,
		MaxHeaderBytes:    lim.maxHeaderBytes,
		// Otherwise "OPTIONS *" gets the server's own 200, not our 405.
		DisableGeneralOptionsHandler: true,
		ErrorLog:                     slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}
