package nlp_test

import (
	"fmt"

	"github.com/nutgraf/nutgraf/nlp"
)

func ExampleAnalyze() {
	a, err := nlp.Analyze("Storm floods the coast\n\n\"The water rose in minutes,\" said Mayor John Smith.")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("headline:", a.Article.Headline.Text)
	for _, q := range a.Quotes {
		fmt.Printf("%s quote: %q, source %q\n", q.Kind, q.Text, q.Source.Text)
	}
	// Output:
	// headline: Storm floods the coast
	// direct quote: "The water rose in minutes", source "Mayor John Smith"
}
