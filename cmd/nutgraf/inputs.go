package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/nutgraf/nutgraf/internal/textin"
)

// stdinName names standard input among the inputs, as on the command line.
const stdinName = "-"

// input is one thing to analyze: a file, or standard input.
type input struct {
	name string
	// size is the file's size in bytes for the progress bar, or -1 when
	// it is not known before reading (standard input, a pipe, a file that
	// cannot be stat'ed).
	size int64
	// err is why the input cannot be analyzed, when that is known from
	// listing it (a directory given without -r, a directory that cannot
	// be read); the input still takes its place in the output.
	err error
}

// listInputs expands the command line's arguments into the inputs, in the
// order their results are written: each argument in turn; for a directory
// (with recursive), the files under it that textin reads, sorted by path.
// No argument means standard input.
func listInputs(args []string, recursive bool) []input {
	if len(args) == 0 {
		args = []string{stdinName}
	}
	var out []input
	for _, arg := range args {
		if arg == stdinName {
			out = append(out, input{name: arg, size: -1})
			continue
		}
		st, err := os.Stat(arg)
		switch {
		case err != nil:
			// Reading it reports the error in its place.
			out = append(out, input{name: arg, size: -1})
		case st.IsDir() && recursive:
			found := walkDir(arg)
			if len(found) == 0 {
				// Said in its place, rather than nothing written and
				// success, which would hide a wrong path.
				found = []input{{name: arg, size: -1, err: errors.New("no .txt, .md, .html or .htm files in it")}}
			}
			out = append(out, found...)
		case st.IsDir():
			out = append(out, input{name: arg, size: -1, err: errors.New("a directory: use -r to analyze the files in it")})
		case st.Mode().IsRegular():
			out = append(out, input{name: arg, size: st.Size()})
		default: // a named pipe, a device: read it, size unknown
			out = append(out, input{name: arg, size: -1})
		}
	}
	return out
}

// walkDir lists the files under root that textin reads (.txt, .md, .html,
// .htm), skipping hidden files and directories (.git, editor backups),
// sorted by path so that the order does not depend on the file system and
// is the order of `find | LC_ALL=C sort`. A symbolic link to a file is
// taken; one to a directory is not followed (no cycles). A directory that
// cannot be read is an input of its own, so that its error is reported in
// its place.
func walkDir(root string) []input {
	if st, err := os.Lstat(root); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not follow a link, even one it is given to walk;
		// with a separator after it, the link is resolved.
		root += string(filepath.Separator)
	}
	var out []input
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, input{name: path, size: -1, err: err})
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !textin.Readable(d.Name()) {
			return nil
		}
		info, err := os.Stat(path) // follows a link to its file
		switch {
		case err != nil:
			out = append(out, input{name: path, size: -1})
		case info.Mode().IsRegular():
			out = append(out, input{name: path, size: info.Size()})
		}
		return nil
	})
	slices.SortStableFunc(out, func(a, b input) int { return strings.Compare(a.name, b.name) })
	return out
}

// totalSize sums the inputs' sizes, or returns -1 if any is unknown.
func totalSize(inputs []input) int64 {
	var total int64
	for _, in := range inputs {
		if in.size < 0 {
			return -1
		}
		total += in.size
	}
	return total
}
