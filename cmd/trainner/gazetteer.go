package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
)

// Hand-written lists (ours): words organization names end in, titles
// written before names, and calendar words, which look like names.
var (
	orgWords = strings.Fields(`ministry department agency council committee commission party union
		university institute institution association bank corporation corp inc ltd llc plc group company
		co forces army navy police court parliament congress senate assembly organization organisation
		foundation fund office service authority board federation league club news times post press
		network airlines airways bureau administration center centre coalition alliance command
		government cabinet tribunal academy society church school college hospital brigade battalion
		regiment division guard front movement council federal national international`)
	titleWords = strings.Fields(`president minister prime secretary chancellor governor senator rep
		gen general col colonel maj major lt lieutenant sgt sergeant capt captain adm admiral commander
		mr mrs ms dr prof professor king queen prince princess pope chairman chairwoman ceo director
		spokesman spokeswoman spokesperson ambassador mayor judge justice lord sir dame sheikh emir
		premier vice deputy envoy leader chief sen gov pres coach`)
	placeWords = strings.Fields(`federation region province oblast krai state county district governorate republic
		territory prefecture municipality emirate canton okrug island islands peninsula valley river sea
		gulf strait lake mountains desert`)
	calendarWords = strings.Fields(`january february march april may june july august september october
		november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
		thursday friday saturday sunday`)
	// Words of multi-word place names that say nothing alone.
	nameStopWords = map[string]bool{"of": true, "the": true, "and": true, "de": true, "la": true, "el": true,
		"al": true, "du": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "city": true}
)

const minNameBirths = 5000

// buildGazetteer reads the shared gazetteers (see their README for
// sources and licences) and adds the hand-written lists.
func buildGazetteer(dir string) (map[string]nerfeat.Flags, error) {
	g := map[string]nerfeat.Flags{}
	add := func(name string, f nerfeat.Flags) {
		words := strings.Fields(strings.ToLower(name))
		if len(words) == 1 {
			g[words[0]] |= f
			if f&(nerfeat.Country|nerfeat.City) != 0 {
				g[words[0]] |= nerfeat.Whole
			}
			return
		}
		for _, w := range words {
			if !nameStopWords[w] && len(w) > 1 {
				g[w] |= f | nerfeat.MultiWord
			}
		}
	}
	if err := readTSV(filepath.Join(dir, "countries_demonyms.tsv"), func(col map[string]string) {
		add(col["common_name"], nerfeat.Country)
		add(col["official_name"], nerfeat.Country)
		for _, alt := range strings.Split(col["alt_spellings"], "|") {
			if len(alt) > 3 { // not the two- and three-letter codes
				add(alt, nerfeat.Country)
			}
		}
		for _, d := range []string{col["demonym_m"], col["demonym_f"]} {
			if d != "" {
				add(d, nerfeat.Demonym)
				add(d+"s", nerfeat.Demonym)
			}
		}
		for _, c := range strings.Split(col["capitals"], "|") {
			add(c, nerfeat.City)
		}
	}); err != nil {
		return nil, err
	}
	if err := readTSV(filepath.Join(dir, "cities_pop100k_geonames.tsv"), func(col map[string]string) {
		add(col["name"], nerfeat.City)
	}); err != nil {
		return nil, err
	}
	// Given names given to 5,000 babies or more: 4,159 names. The rarer
	// ones cost model size and add little that the word features of the
	// training data do not.
	if err := readTSV(filepath.Join(dir, "given_names_us_ssa.tsv"), func(col map[string]string) {
		if n, err := strconv.Atoi(col["births_total"]); err == nil && n >= minNameBirths {
			add(col["name"], nerfeat.GivenName|nameGender(col))
		}
	}); err != nil {
		return nil, err
	}
	for _, w := range orgWords {
		g[w] |= nerfeat.OrgWord
	}
	for _, w := range titleWords {
		g[w] |= nerfeat.Title
	}
	for _, w := range placeWords {
		g[w] |= nerfeat.PlaceWord
	}
	for _, w := range calendarWords {
		g[w] |= nerfeat.Calendar
	}
	return g, nil
}

// readTSV calls each with every row as a map from the header's names.
func readTSV(path string, each func(map[string]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var header []string
	for sc.Scan() {
		cols := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if header == nil {
			header = cols
			continue
		}
		row := map[string]string{}
		for i, h := range header {
			if i < len(cols) {
				row[h] = cols[i]
			}
		}
		each(row)
	}
	return sc.Err()
}

// nameGender is Female or Male for a given name that at least 95% of the
// babies given it were, 0 for the names given to both (the coreference
// of pronouns uses it; it is no feature of the model).
func nameGender(col map[string]string) nerfeat.Flags {
	f, err1 := strconv.Atoi(col["births_female"])
	m, err2 := strconv.Atoi(col["births_male"])
	switch {
	case err1 != nil || err2 != nil:
		return 0
	case f*100 >= (f+m)*95:
		return nerfeat.Female
	case m*100 >= (f+m)*95:
		return nerfeat.Male
	}
	return 0
}
