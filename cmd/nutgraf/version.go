package main

import "runtime/debug"

// version is set at build time (-ldflags "-X main.version=..."), as the
// Makefile does with git describe.
var version string

// versionString is the version to print. Without -ldflags (go install,
// go build), it is read from what the go command recorded in the binary:
// the commit it was built from, marked -dirty if the tree had changes,
// else the module version (go install ...@v1.2.3), else "dev".
func versionString() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	return buildVersion(info)
}

// shortRevision is as many hex digits of a commit as git describe
// --always shows, so that both ways of building print the same.
const shortRevision = 7

func buildVersion(info *debug.BuildInfo) string {
	var rev string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev != "" {
		if len(rev) > shortRevision {
			rev = rev[:shortRevision]
		}
		if dirty {
			rev += "-dirty"
		}
		return rev
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	return "dev"
}
