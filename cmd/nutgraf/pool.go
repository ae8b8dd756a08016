package main

import "sync"

// inOrder runs work(i) for every i in [0, n) on workers goroutines and
// hands each result to emit, on the calling goroutine, in index order: a
// result is emitted as soon as it and every result before it are done, so
// output streams while later inputs are still being worked on.
//
// At most window inputs are in work or done but not yet emitted: one slow
// input holds back at most window-1 finished ones, so memory stays bounded
// however many inputs there are. window is raised to workers if it is
// smaller (each worker needs a slot to be busy).
//
// If emit returns an error, no further work starts; inOrder waits for the
// work already started and returns that error.
func inOrder[T any](n, workers, window int, work func(i int) T, emit func(i int, r T) error) error {
	if n <= 0 {
		return nil
	}
	workers = max(1, min(workers, n))
	window = max(window, workers)

	type done struct {
		i int
		r T
	}
	jobs := make(chan int)
	// A worker never blocks on results: no more than window inputs are
	// ever out (slots), and results holds that many.
	results := make(chan done, window)
	slots := make(chan struct{}, window)
	stop := make(chan struct{})

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				results <- done{i, work(i)}
			}
		})
	}
	go func() {
		defer close(jobs)
		for i := range n {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case jobs <- i:
			case <-stop:
				return
			}
		}
	}()

	// Inputs out at any time lie within [next, next+window), so a ring of
	// window entries holds the finished ones without collisions.
	ring := make([]T, window)
	ready := make([]bool, window)
	var err error
	for next := 0; next < n && err == nil; {
		d := <-results
		ring[d.i%window], ready[d.i%window] = d.r, true
		for next < n && ready[next%window] {
			k := next % window
			r := ring[k]
			var zero T
			ring[k], ready[k] = zero, false // let the result be collected once written
			if err = emit(next, r); err != nil {
				break
			}
			next++
			<-slots
		}
	}
	if err != nil {
		close(stop)
	}
	wg.Wait()
	return err
}
