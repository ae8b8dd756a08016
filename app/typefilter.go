package app

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TypeFilter is the legend of the entity types found: a button per type,
// in the type's color and with its name and count (so types are told
// apart by more than color), that turns its highlights in the article and
// its group in the list of entities off and on again.
type TypeFilter struct {
	app.Compo

	Groups []EntityGroup
	Hidden string // the hidden types, space-separated (Results.hiddenTypes)
}

// Render draws the legend as a group of toggle buttons.
func (f *TypeFilter) Render() app.UI {
	return app.Div().ID("type-filter").Class("type-filter").Role("group").
		Aria("label", "Entity types highlighted in the article").
		OnClick(f.onClick).
		Body(
			app.Range(f.Groups).Slice(func(i int) app.UI {
				g := f.Groups[i]
				shown := !slices.Contains(strings.Fields(f.Hidden), g.Type)
				return app.Button().Type("button").Class("type-toggle").
					DataSet("type", g.Type).
					Aria("pressed", strconv.FormatBool(shown)).
					Title("Show or hide "+g.Label+" in the article and the list").
					Body(
						app.Span().Class("type-chip").Aria("hidden", "true"),
						app.Span().Class("type-label").Text(g.Label),
						app.Span().Class("type-count").Text(strconv.Itoa(len(g.Entities))),
					)
			}),
		)
}

func (f *TypeFilter) onClick(ctx app.Context, e app.Event) {
	if t := closestData(e, "button.type-toggle", "type"); t != "" {
		ctx.NewActionWithValue(ActionToggleType, t)
	}
}
