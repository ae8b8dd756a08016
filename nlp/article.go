package nlp

import "github.com/nutgraf/nutgraf/nlp/schema"

// fillArticle copies the structure stage's findings into the Analysis.
func fillArticle(a *schema.Analysis, doc *document) {
	span := func(kind string) *schema.Span {
		for _, b := range doc.blocks {
			if b.kind == kind {
				return &schema.Span{Start: b.start, End: b.end, Text: doc.slice(b.start, b.end)}
			}
		}
		return nil
	}
	a.Article = schema.Article{
		Kicker:     span(schema.ParagraphKicker),
		Headline:   span(schema.ParagraphHeadline),
		Standfirst: span(schema.ParagraphStandfirst),
		Byline:     span(schema.ParagraphByline),
	}
	if d := doc.dateline; d != nil {
		a.Article.Dateline = &schema.Dateline{
			Start: d.start, End: d.end, Text: doc.slice(d.start, d.end),
			Place: optional(d.place), Date: optional(d.date), Agency: optional(d.agency),
		}
	}
	a.Paragraphs = make([]schema.Paragraph, len(doc.blocks))
	for i, b := range doc.blocks {
		a.Paragraphs[i] = schema.Paragraph{Start: b.start, End: b.end, Kind: b.kind}
	}
}

func fillSentences(a *schema.Analysis, doc *document) {
	a.Sentences = make([]schema.Sentence, len(doc.sentences))
	for i, s := range doc.sentences {
		a.Sentences[i] = schema.Sentence{Start: s.start, End: s.end, Paragraph: s.block}
	}
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
