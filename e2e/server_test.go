package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// server is the real Nutgraf server (the binary built from ./server),
// serving the site on a free loopback port. Testing the binary rather than
// an in-process handler means the headers, the CSP and the precompressed
// files are exactly what a deployment sends.
type server struct {
	url     string // "http://127.0.0.1:PORT", no trailing slash
	origin  string // the same, as browsers write an origin
	cmd     *exec.Cmd
	tmp     string
	done    chan struct{} // closed when the process has exited
	waitErr error

	mu      sync.Mutex
	log     []string // stderr lines, one request per line once serving
	partial []byte   // the last line, until its newline comes
	served  bool     // the address was sent on addr
	addr    chan string
}

// startServer builds the server into a temporary directory and starts it
// on 127.0.0.1:0; the port it got is read from the line it prints.
func startServer(dir string) (*server, error) {
	tmp, err := os.MkdirTemp("", "nutgraf-e2e-server")
	if err != nil {
		return nil, err
	}
	bin := filepath.Join(tmp, "server")
	gobin, err := exec.LookPath("go")
	if err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("building the server needs the go command on PATH: %w", err)
	}
	build := exec.Command(gobin, "build", "-o", bin, "github.com/nutgraf/nutgraf/server")
	if out, err := build.CombinedOutput(); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("go build ./server: %v\n%s", err, out)
	}

	s := &server{tmp: tmp, done: make(chan struct{}), addr: make(chan string, 1)}
	s.cmd = exec.Command(bin, "-dir", dir, "-addr", "127.0.0.1:0")
	s.cmd.Stderr = s // see Write
	dieWithUs(s.cmd)
	started := make(chan error, 1)
	go func() {
		// On Linux the server is killed when the thread that started it
		// ends (see dieWithUs), so this goroutine keeps that thread until
		// the server exits.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := s.cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		s.waitErr = s.cmd.Wait()
		close(s.done)
	}()
	if err := <-started; err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("starting the server: %w", err)
	}

	select {
	case a := <-s.addr:
		s.url = "http://" + a
		s.origin = s.url
	case <-s.done:
		err := fmt.Errorf("the server exited before serving: %v\n%s", s.waitErr, s.logText())
		os.RemoveAll(tmp)
		return nil, err
	case <-time.After(20 * time.Second):
		s.stop()
		return nil, fmt.Errorf("the server printed no address in 20s:\n%s", s.logText())
	}
	if err := s.waitReady(10 * time.Second); err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

var servingLine = regexp.MustCompile(`nutgraf: serving .* at http://([^/\s]+)/`)

// Write takes the server's stderr: it keeps every line and reports the
// address from the "serving" line. (os/exec copies into it and Wait waits
// for the copy, so no line is lost at exit.)
func (s *server) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.partial = append(s.partial, p...)
	for {
		i := bytes.IndexByte(s.partial, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := string(s.partial[:i])
		s.partial = s.partial[i+1:]
		s.log = append(s.log, line)
		if m := servingLine.FindStringSubmatch(line); m != nil && !s.served {
			s.served = true
			s.addr <- m[1]
		}
	}
}

// waitReady polls / until the server answers it.
func (s *server) waitReady(limit time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	var last error
	for ctx.Err() == nil {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.url+"/", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			err = fmt.Errorf("GET / gave %s", resp.Status)
		}
		last = err
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("the server at %s is not answering: %v", s.url, last)
}

// stop ends the server the way an operator would (SIGINT, a graceful
// shutdown), killing it only if it hangs.
func (s *server) stop() error {
	defer os.RemoveAll(s.tmp)
	if s.cmd.Process == nil {
		return nil
	}
	s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
		return errors.New("the server did not stop within 15s of SIGINT")
	}
	var exit *exec.ExitError
	if s.waitErr != nil && !errors.As(s.waitErr, &exit) {
		return s.waitErr
	}
	if exit != nil {
		return fmt.Errorf("the server exited with %v:\n%s", s.waitErr, s.logText())
	}
	return nil
}

func (s *server) logText() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Join(s.log, "\n")
}

// mark returns a position in the log; requestsSince reads from there.
func (s *server) mark() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.log)
}

// loggedRequest is one request line of the server's log.
type loggedRequest struct {
	method, path string
	status       int
}

// requestsSince returns the requests the server logged after mark. The
// server logs every request it gets, with its method and path (never a
// query or a body): a second witness, beside the browser's own network
// events, that includes requests from workers.
func (s *server) requestsSince(mark int) []loggedRequest {
	s.mu.Lock()
	lines := append([]string(nil), s.log[min(mark, len(s.log)):]...)
	s.mu.Unlock()
	var out []loggedRequest
	for _, line := range lines {
		f := logFields(line)
		if f["msg"] != "request" {
			continue
		}
		status, _ := strconv.Atoi(f["status"])
		out = append(out, loggedRequest{method: f["method"], path: f["path"], status: status})
	}
	return out
}

// logFields parses a log/slog text line (key=value, values quoted when
// they need it).
func logFields(line string) map[string]string {
	f := map[string]string{}
	for len(line) > 0 {
		line = strings.TrimLeft(line, " ")
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			break
		}
		key := line[:eq]
		line = line[eq+1:]
		var val string
		if strings.HasPrefix(line, `"`) {
			end := 1
			for end < len(line) && line[end] != '"' {
				if line[end] == '\\' {
					end++
				}
				end++
			}
			end = min(end+1, len(line))
			q := line[:end]
			if u, err := strconv.Unquote(q); err == nil {
				val = u
			} else {
				val = q
			}
			line = line[end:]
		} else {
			sp := strings.IndexByte(line, ' ')
			if sp < 0 {
				sp = len(line)
			}
			val, line = line[:sp], line[sp:]
		}
		f[key] = val
	}
	return f
}
