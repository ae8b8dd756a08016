package main

import "strings"

// csp is the Content-Security-Policy sent with every response. It is kept
// here, in one constant, so that a change the UI needs (say, the hash of an
// inline script) is made in one place. Directive by directive:
//
//	default-src 'self'            anything not listed below: this origin only
//	script-src 'self' 'wasm-unsafe-eval'
//	                              our own scripts; 'wasm-unsafe-eval' lets the
//	                              page and the worker compile WebAssembly,
//	                              without allowing JavaScript eval
//	style-src 'self'              our stylesheets; no inline styles, so pasted
//	                              markup can never restyle the page
//	img-src 'self' data:          our icons, plus data: URLs for small inline
//	                              images the UI may generate
//	font-src 'self'               fonts only from us
//	connect-src 'self'            fetch/XHR/WebSocket only to this origin: the
//	                              article text cannot be sent anywhere else
//	worker-src 'self'             the engine's Web Worker and go-app's service
//	                              worker come from this origin
//	manifest-src 'self'           the web app manifest (installable app)
//	object-src 'none'             no plugins (<object>, <embed>)
//	base-uri 'none'               no <base> tag can redirect relative URLs
//	form-action 'none'            no form can submit anywhere: there is no
//	                              endpoint that accepts text
//	frame-ancestors 'none'        no other site may frame these pages
//	                              (clickjacking); see embedCSP for /embed
const csp = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data:; " +
	"font-src 'self'; " +
	"connect-src 'self'; " +
	"worker-src 'self'; " +
	"manifest-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'none'; " +
	"form-action 'none'; " +
	"frame-ancestors 'none'"

// embedCSP is csp for the embed page only. That page exists to be framed by
// other sites (DESIGN.md, "Embedding"), which frame-ancestors 'none' would
// forbid; every other directive stays exactly as in csp. Derived from csp so
// that the two never drift apart.
var embedCSP = strings.Replace(csp, "frame-ancestors 'none'", "frame-ancestors *", 1)

// isEmbedPath reports whether the request is for the embed page, served from
// embed.html or embed/index.html.
func isEmbedPath(p string) bool {
	return p == "/embed" || p == "/embed.html" || p == "/embed/" || strings.HasPrefix(p, "/embed/")
}

// cspFor returns the policy for a request path.
func cspFor(urlPath string) string {
	if isEmbedPath(urlPath) {
		return embedCSP
	}
	return csp
}
