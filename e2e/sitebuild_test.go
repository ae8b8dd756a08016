package e2e

import "testing"

// serveSite starts a server of the test's own on dir, stopped when the
// test ends.
func serveSite(t *testing.T, dir string) *server {
	t.Helper()
	srv, err := startServer(dir)
	if err != nil {
		t.Fatalf("serving %s: %v", dir, err)
	}
	t.Cleanup(func() {
		if err := srv.stop(); err != nil {
			t.Errorf("stopping the server of %s: %v", dir, err)
		}
	})
	return srv
}
