package main

import (
	"errors"
	"math/rand/v2"
	"sync"
	"testing"
	"time"
)

// TestInOrderKeepsOrderAndBoundsMemory: results come out in index order
// although they finish out of order, and never more than window inputs
// are out (started but not emitted).
func TestInOrderKeepsOrderAndBoundsMemory(t *testing.T) {
	for _, c := range []struct{ n, workers, window int }{
		{1, 4, 8}, {30, 4, 8}, {200, 8, 16}, {50, 3, 1}, {7, 1, 2},
	} {
		var mu sync.Mutex
		started, emitted, most := 0, 0, 0
		var got []int
		delays := make([]time.Duration, c.n)
		for i := range delays {
			delays[i] = time.Duration(rand.IntN(300)) * time.Microsecond
		}
		delays[0] = 5 * time.Millisecond // a slow first input holds the rest back
		err := inOrder(c.n, c.workers, c.window, func(i int) int {
			mu.Lock()
			started++
			most = max(most, started-emitted)
			mu.Unlock()
			time.Sleep(delays[i])
			return i * i
		}, func(i, r int) error {
			if r != i*i {
				t.Errorf("emit(%d, %d): result of another input", i, r)
			}
			mu.Lock()
			emitted++
			mu.Unlock()
			got = append(got, i)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != c.n {
			t.Fatalf("%+v: %d results, want %d", c, len(got), c.n)
		}
		for i, g := range got {
			if g != i {
				t.Fatalf("%+v: result %d emitted at position %d", c, g, i)
			}
		}
		if limit := max(c.window, min(c.workers, c.n)); most > limit {
			t.Errorf("%+v: %d inputs out at once, want at most %d", c, most, limit)
		}
	}
}

// TestInOrderRunsConcurrently: with several workers, inputs overlap.
func TestInOrderRunsConcurrently(t *testing.T) {
	var mu sync.Mutex
	running, most := 0, 0
	inOrder(16, 4, 8, func(int) struct{} {
		mu.Lock()
		running++
		most = max(most, running)
		mu.Unlock()
		time.Sleep(2 * time.Millisecond)
		mu.Lock()
		running--
		mu.Unlock()
		return struct{}{}
	}, func(int, struct{}) error { return nil })
	if most < 2 {
		t.Errorf("at most %d inputs ran at once with 4 workers", most)
	}
}

// TestInOrderStopsOnEmitError: a failed write stops new work and is
// returned; the goroutines end.
func TestInOrderStopsOnEmitError(t *testing.T) {
	boom := errors.New("disk full")
	var mu sync.Mutex
	worked := 0
	err := inOrder(1000, 4, 8, func(i int) int {
		mu.Lock()
		worked++
		mu.Unlock()
		return i
	}, func(i, _ int) error {
		if i == 5 {
			return boom
		}
		return nil
	})
	if err != boom {
		t.Fatalf("err = %v, want %v", err, boom)
	}
	if worked > 5+8+1 {
		t.Errorf("%d inputs worked on after the 6th failed to write", worked)
	}
	if err := inOrder(0, 4, 8, func(int) int { t.Error("work for no inputs"); return 0 }, func(int, int) error { return nil }); err != nil {
		t.Error(err)
	}
}
