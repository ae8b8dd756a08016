package nlp

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// TestNameRules checks the rules that trim and type the model's spans and
// merge an entity's forms, each on a sentence that needs it. want lists
// "TYPE Name" entities that must be present (with "[role]" for a role,
// "=N" for a count of name mentions); reject lists names that must not be.
func TestNameRules(t *testing.T) {
	cases := []struct {
		text         string
		want, reject []string
	}{
		{"Defense Secretary Ash Carter met Iraqi Prime Minister Haider al-Abadi in Baghdad. Carter thanked Abadi for his help.",
			[]string{"PERSON Ash Carter [Defense Secretary] =2", "PERSON Haider al-Abadi [Iraqi Prime Minister] =2"},
			[]string{"Defense Secretary Ash Carter", "Haider"}},
		{"Pentagon press secretary Navy Capt. Jeff Davis said the talks went well. Davis did not say more.",
			[]string{"PERSON Jeff Davis [Navy Capt.] =2"}, []string{"Navy Capt", "Capt"}},
		{"The most votes went to Junius Ho. His rival was Raymond Wong.",
			[]string{"PERSON Junius Ho"}, []string{"Junius Ho."}},
		{"She studied at Duke University and worked for the Andy Warhol Foundation in New York.",
			[]string{"ORG Duke University", "ORG Andy Warhol Foundation"}, nil},
		{"Congress passed the Clean Air Act in 1970. Planes landed at Washington Dulles International Airport.",
			[]string{"LAW Clean Air Act", "FAC Washington Dulles International Airport"}, []string{"Clean Air Act."}},
		{"Ron Artest of the Indiana Pacers was suspended. The Pacers were ruled the winner, and Artest of the Pacers left.",
			[]string{"ORG Indiana Pacers =3"}, []string{"Pacers"}},
		{"Employees of the Defense Department were told on Friday. A spokesman for the Department of Defense said more.",
			[]string{"ORG Department of Defense =2"}, []string{"Defense Department"}},
		{"On its website, \"The Internet Explorer 6 Countdown\", Microsoft urges users to upgrade.",
			[]string{"WORK_OF_ART The Internet Explorer 6 Countdown"}, nil},
		{"In addition, Reggie Miller from Indiana, and Detroit Pistons Chauncey Billups, Elden Campbell and Derrick Coleman were each suspended one game.",
			[]string{"PERSON Chauncey Billups"}, []string{"Detroit Pistons Chauncey Billups"}},
		{"This led to felony charges against Boeing Chief Financial Officer Michael Sears for illegally hiring her.",
			[]string{"PERSON Michael Sears [Boeing Chief Financial Officer]"}, []string{"Boeing Chief Financial Officer Michael Sears"}},
		{"The officials called the plan \"a real disaster\" and left.", nil, []string{"a real disaster"}},
	}
	for _, c := range cases {
		a, err := engine(t).Analyze(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		byName := map[string]schema.Entity{}
		for _, e := range a.Entities {
			byName[e.Name] = e
			got = append(got, e.Type+" "+e.Name)
		}
		for _, w := range c.want {
			typ, rest, _ := strings.Cut(w, " ")
			name, count, _ := strings.Cut(rest, " =")
			name, role, _ := strings.Cut(name, " [")
			role = strings.TrimSuffix(role, "]")
			e, ok := byName[strings.TrimSpace(name)]
			switch {
			case !ok || e.Type != typ:
				t.Errorf("%q: want %s %s, got %v", c.text, typ, name, got)
			case role != "" && !contains(e.Roles, role):
				t.Errorf("%q: %s has roles %v, want %q", c.text, name, e.Roles, role)
			case count != "" && count != strconv.Itoa(nameMentions(e)):
				t.Errorf("%q: %s has %d name mentions, want %s", c.text, name, nameMentions(e), count)
			}
		}
		for _, r := range c.reject {
			if _, ok := byName[r]; ok {
				t.Errorf("%q: unexpected entity %q in %v", c.text, r, got)
			}
		}
	}
}

func nameMentions(e schema.Entity) int {
	n := 0
	for _, m := range e.Mentions {
		if m.Kind == schema.MentionName {
			n++
		}
	}
	return n
}

// A title-cased headline is read like one in capitals: its names are the
// ones the story gives, and no run of capitalized words becomes a name.
func TestTitleCaseHeadline(t *testing.T) {
	text := "U.S. Airstrikes Weaken Al-Qaida in Syria\n\nU.S. aircraft struck Al-Qaida targets near Idlib, officials said on Monday."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "Airstrikes") {
			t.Errorf("the headline gave %s %q", e.Type, e.Name)
		}
		if e.Name == "Al-Qaida" && countMentions(e, "Al-Qaida") != 2 {
			t.Errorf("Al-Qaida has mentions %v, want the headline's and the story's", e.Mentions)
		}
	}
}

// Head words make names of the capitalized runs the model misses or cuts
// short, with what follows a head ("of" phrases, Roman numerals).
func TestHeadRules(t *testing.T) {
	cases := map[string]string{
		"Dozens died when a crane fell on the Grand Mosque during the storm.":           "FAC Grand Mosque",
		"A spokesman for the Civil Defense Authority said rescue work continued.":       "ORG Civil Defense Authority",
		"The study appeared in the Medical Journal of Australia last month.":            "ORG Medical Journal of Australia",
		"Japan and China fought each other in World War II and remain wary.":            "EVENT World War II",
		"The strikes hit villages in the Tver Region a few weeks ago, officials said.":  "GPE Tver Region",
		"Diplomats from the Russian Federation met their counterparts in Geneva today.": "GPE Russian Federation",
	}
	for text, want := range cases {
		a, err := engine(t).Analyze(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range a.Entities {
			got = append(got, e.Type+" "+e.Name)
		}
		if !slices.Contains(got, want) {
			t.Errorf("%q: want %s among %v", text, want, got)
		}
	}
}
