package textin

import (
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText reduces an HTML page to its article's text: the headline (the
// article's <h1>, else the page's og:title or <title>) on the first line,
// then each block of the article (paragraph, heading, list item, quote,
// caption, table row) as a paragraph of its own, blank lines between them.
// Within a block, white space collapses as a browser collapses it;
// character references are decoded by the parser.
//
// The article is the <article> element with the most text, else <main>,
// else <body>. Page furniture that is not the article is dropped: scripts,
// styles, navigation, asides, forms, embedded frames and media, hidden
// elements, footers, and the page's own <header> (an <article>'s or
// <main>'s <header> is kept: it holds the byline and the date).
//
// Parsing never fails on malformed markup (the parser recovers as
// browsers do); an error is a failure to read r.
func HTMLText(r io.Reader) (string, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return "", err
	}
	root := articleRoot(doc)
	w := blockWriter{keepHeader: root.DataAtom != atom.Body}
	headline := firstElement(root, atom.H1, w.keepHeader)
	if headline != nil {
		w.walk(headline)
	} else {
		w.inline(pageTitle(doc))
	}
	w.endBlock()
	w.skip = headline
	w.walk(root)
	w.endBlock()
	return strings.Join(w.blocks, "\n\n"), nil
}

// dropped reports an element whose content is never article text.
func dropped(n *html.Node, keepHeader bool) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Iframe, atom.Object, atom.Embed,
		atom.Canvas, atom.Video, atom.Audio, atom.Button, atom.Select, atom.Textarea,
		atom.Dialog, atom.Head, atom.Title:
		return true
	case atom.Header:
		return !keepHeader
	}
	for _, a := range n.Attr {
		// Hidden elements are not shown to a reader, so they are not
		// part of what the reader reads.
		if a.Namespace == "" && (a.Key == "hidden" || a.Key == "aria-hidden" && a.Val == "true") {
			return true
		}
	}
	return false
}

// articleRoot picks the element that holds the article.
func articleRoot(doc *html.Node) *html.Node {
	// Pages often hold several <article>s: the story and teasers for
	// others. The story is the one with the most text. Text is counted in
	// one pass over the tree, bottom up, so that nested articles do not
	// make it quadratic.
	var best *html.Node
	bestLen := 0
	var main, body *html.Node
	var visit func(n *html.Node) int
	visit = func(n *html.Node) int {
		if dropped(n, true) {
			return 0
		}
		if n.Type == html.TextNode {
			return len(strings.TrimSpace(n.Data))
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Main && main == nil {
			main = n // the first, and so the outermost
		}
		total := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			total += visit(c)
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Article:
				// > keeps the first of articles with as much text.
				if total > bestLen {
					best, bestLen = n, total
				}
			case atom.Body:
				body = n
			}
		}
		return total
	}
	visit(doc)
	switch {
	case best != nil:
		return best
	case main != nil:
		return main
	case body != nil:
		return body
	}
	return doc
}

// hasText reports whether there is visible text under n.
func hasText(n *html.Node) bool {
	if dropped(n, true) {
		return false
	}
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c) {
			return true
		}
	}
	return false
}

// firstElement finds the first element of kind a under n, outside dropped
// elements, that has text.
func firstElement(n *html.Node, a atom.Atom, keepHeader bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if dropped(c, keepHeader) {
			continue
		}
		if c.Type == html.ElementNode && c.DataAtom == a && hasText(c) {
			return c
		}
		if found := firstElement(c, a, keepHeader); found != nil {
			return found
		}
	}
	return nil
}

// pageTitle is the headline a page declares for itself when its article
// has no <h1>: og:title, which sites set to the bare headline, else
// <title> without the " | Site name" that usually follows it.
func pageTitle(doc *html.Node) string {
	var og, title string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Meta:
			if og == "" && (attr(n, "property") == "og:title" || attr(n, "name") == "og:title") {
				og = attr(n, "content")
			}
		case atom.Title:
			if title == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
				title = n.FirstChild.Data
			}
		}
	}
	if strings.TrimSpace(og) != "" {
		return og
	}
	if i := strings.Index(title, " | "); i > 0 {
		title = title[:i]
	}
	return title
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// block reports an element that starts and ends a paragraph of its own.
func block(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li,
		atom.Blockquote, atom.Div, atom.Br, atom.Tr, atom.Figcaption, atom.Pre,
		atom.Article, atom.Section, atom.Main, atom.Header, atom.Figure, atom.Ul,
		atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Table, atom.Caption, atom.Hr,
		atom.Address, atom.Hgroup, atom.Details, atom.Summary, atom.Body:
		return true
	}
	return false
}

// blockWriter collects the text of the blocks in document order.
type blockWriter struct {
	blocks     []string
	cur        strings.Builder
	space      bool       // white space seen since the last word
	skip       *html.Node // the headline, once it is written first
	keepHeader bool
}

func (w *blockWriter) walk(n *html.Node) {
	if n == w.skip || dropped(n, w.keepHeader) {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.inline(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default: // comments, doctypes
		return
	}
	isBlock := block(n.DataAtom)
	if isBlock {
		w.endBlock()
	}
	cell := n.DataAtom == atom.Td || n.DataAtom == atom.Th
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	switch {
	case isBlock:
		w.endBlock()
	case cell:
		// Cells of a row read as one line, a space apart.
		w.space = true
	}
}

// inline adds text to the current block, collapsing HTML white space.
// HTML's white space is ASCII, and no byte of a multi-byte UTF-8
// character is ASCII, so the text can be read byte by byte.
func (w *blockWriter) inline(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isHTMLSpace(c) {
			w.space = true
			continue
		}
		if w.space && w.cur.Len() > 0 {
			w.cur.WriteByte(' ')
		}
		w.space = false
		w.cur.WriteByte(c)
	}
}

// endBlock closes the current block, if it has text.
func (w *blockWriter) endBlock() {
	if w.cur.Len() > 0 {
		w.blocks = append(w.blocks, w.cur.String())
		w.cur.Reset()
	}
	w.space = false
}

// isHTMLSpace is HTML's white space, which a browser collapses; a
// non-breaking space is text and stays.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
