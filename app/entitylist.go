package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// EntityList lists the article's entities by type with their mention
// counts. Pressing one highlights its mentions in the article.
type EntityList struct {
	app.Compo

	Doc      *Doc
	Selected string
}

// Render draws the groups.
func (l *EntityList) Render() app.UI {
	groups := l.Doc.Entities
	return app.Section().ID("entity-list").Class("panel", "entity-list").Aria("labelledby", "entity-list-title").Body(
		app.H2().ID("entity-list-title").Class("panel-title").Text("Who and what"),
		app.If(len(groups) == 0, func() app.UI {
			return app.P().Class("empty-note").Text("No people, places or organizations found.")
		}),
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			return app.Div().Class("entity-group").DataSet("type", g.Type).Body(
				app.H3().Class("group-title").Text(g.Label),
				app.Ul().Class("entity-items").Body(
					app.Range(g.Entities).Slice(func(j int) app.UI {
						return app.Li().Body(l.item(g.Entities[j]))
					}),
				),
			)
		}),
	)
}

func (l *EntityList) item(e EntityItem) app.UI {
	pressed := e.ID == l.Selected
	active := ""
	if pressed {
		active = "active"
	}
	id := e.ID
	return app.Button().Type("button").Class("entity-item", active).
		DataSet("entity", e.ID).
		DataSet("type", e.Type).
		Aria("pressed", strconv.FormatBool(pressed)).
		Title("Highlight the mentions of "+e.Name).
		OnClick(func(ctx app.Context, _ app.Event) {
			ctx.NewActionWithValue(ActionSelectEntity, Selection{Entity: id, Scroll: true})
		}).
		Body(
			app.Span().Class("entity-name").Text(e.Name),
			app.If(len(e.Roles) > 0, func() app.UI {
				return app.Span().Class("entity-roles").Text(strings.Join(e.Roles, ", "))
			}),
			app.Span().Class("entity-count").
				Aria("label", strconv.Itoa(e.Mentions)+" "+plural(e.Mentions, "mention", "mentions")).
				Text(strconv.Itoa(e.Mentions)),
		)
}
