package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLanguageAndProse checks the language code, the prose flag and the
// reader's warning on text that is not English, not prose, or both.
func TestLanguageAndProse(t *testing.T) {
	tests := []struct {
		name, text string
		code       string // "" when either answer is fair
		prose      bool
		warning    string
	}{
		{"french", `Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse. Selon le ministre, les aides seront versées avant la fin du mois.

Les syndicats agricoles ont salué cette décision, tout en estimant qu'elle arrivait trop tard pour de nombreuses exploitations. « Nous attendons des actes », a déclaré leur porte-parole lors d'une conférence de presse à Paris.`,
			"und", true, warnNotEnglish},
		{"german", `Die Bundesregierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. Nach Angaben des Ministeriums sollen bis zum Jahr 2030 mehr als die Hälfte des Stroms aus Wind und Sonne stammen.

Kritiker aus der Opposition bemängelten, dass die Pläne zu spät kämen und nicht ausreichend finanziert seien. Der Verband der Industrie begrüßte dagegen die Entscheidung.`,
			"und", true, warnNotEnglish},
		{"spanish", `El Gobierno aprobó este martes un plan para reducir el precio de la electricidad, que ha subido más de un veinte por ciento en el último año. La medida entrará en vigor el próximo mes.

Los consumidores y las pequeñas empresas serán los principales beneficiarios, según explicó la ministra en una rueda de prensa. La oposición calificó el plan de insuficiente.`,
			"und", true, warnNotEnglish},
		{"csv", `country,year,population,gdp_usd
France,2020,67391582,2630317731455
Germany,2020,83240525,3846413928654
Spain,2020,47351567,1281484640043
Italy,2020,59554023,1888709443687
Poland,2020,37950802,596624355341`,
			"und", false, warnNotProse},
		{"go code", `package main

import "fmt"

// main prints the sum of the first ten numbers.
func main() {
	total := 0
	for i := 1; i <= 10; i++ {
		total += i
	}
	if total != 55 {
		panic("the sum is wrong")
	}
	fmt.Println("the total is", total)
}`,
			"", false, warnNotProse}, // its comment and strings are English
		{"bullet list", `Things to bring to the meeting:

- the signed copy of the contract
- the minutes of the last board meeting
- a list of the new members and their addresses
- the budget for the next year
- the report of the auditors on the accounts
- the keys to the office and the car`,
			"en", false, warnNotProse},
		{"english prose", `The city council voted on Monday to close the old bridge for repairs. The work is expected to take six months, and traffic will be sent across the river by the northern road.

"We have waited too long for this," said the mayor, who has pushed for the repairs since she was elected.`,
			"en", true, ""},
	}
	for _, tt := range tests {
		a, err := engine(t).Analyze(tt.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		l := a.Language
		if tt.code != "" && l.Code != tt.code || l.Prose != tt.prose || l.Warning != tt.warning {
			t.Errorf("%s: language %+v, want code %q, prose %v, warning %q", tt.name, l, tt.code, tt.prose, tt.warning)
		}
	}
}

// TestArticlesAreProse: every English article of the shared corpus and of
// testdata is running prose in English, with no warning.
func TestArticlesAreProse(t *testing.T) {
	files := append(sharedArticles(t), filepath.Join("testdata", "tass-putin-nato.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := engine(t).Analyze(string(b), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if l := a.Language; l.Code != "en" || !l.Prose || l.Warning != "" {
			t.Errorf("%s: language %+v, want English prose without a warning", filepath.Base(f), l)
		}
	}
}

// TestLongTextSample: a text longer than isProse's sample is judged on
// paragraphs from all through it, so a long table or long prose is still
// told apart.
func TestLongTextSample(t *testing.T) {
	row := "2020,France,67391582,2630317731455\n"
	para := "The council met on Monday. It voted to close the bridge, and the mayor said the work would take months.\n\n"
	for _, tt := range []struct {
		name  string
		text  string
		prose bool
	}{
		{"table", strings.Repeat(strings.Repeat(row, 20)+"\n", 300), false},
		{"prose", strings.Repeat(para, 2000), true},
		{"prose then a longer table", strings.Repeat(para, 600) + strings.Repeat(row, 4000), false},
		{"prose then a longer table, shifted", strings.Repeat(para, 601) + strings.Repeat(row, 4000), false},
		{"a table then longer prose", strings.Repeat(row, 1000) + "\n\n" + strings.Repeat(para, 1000), true},
	} {
		if len(tt.text) <= proseSample {
			t.Fatalf("%s: %d bytes is not past the sample", tt.name, len(tt.text))
		}
		if got := isProse(parseStructure(tt.text)); got != tt.prose {
			t.Errorf("%s: isProse = %v, want %v", tt.name, got, tt.prose)
		}
	}
}
