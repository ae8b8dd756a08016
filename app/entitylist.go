package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// EntityList lists the article's entities by type with their mention
// counts. Pressing one highlights its mentions in the article.
//
// Like the article, the list is drawn piece by piece (see Plan): Shown is
// how many of its pieces are drawn so far.
type EntityList struct {
	app.Compo

	Doc      *Doc
	Drawn    []bool // for each piece, whether it is drawn
	Expanded []bool // for each group, whether all of it is asked for
	Selected string
}

// Render draws the groups that have a piece drawn, and under a group
// shown in part, a button that shows the rest. A press on an item or a
// button is handled by one handler for the whole list.
func (l *EntityList) Render() app.UI {
	groups := l.Doc.Entities
	plan := l.Doc.Plan
	pieces := plan.Pieces[ListEntities]
	// The pieces drawn, by group, in order.
	byGroup := make([][]Piece, len(groups))
	for i, p := range pieces {
		if i < len(l.Drawn) && l.Drawn[i] {
			byGroup[p.Group] = append(byGroup[p.Group], p)
		}
	}
	return app.Section().ID("entity-list").Class("panel", "entity-list").Aria("labelledby", "entity-list-title").
		OnClick(l.onClick).
		Body(
			app.H2().ID("entity-list-title").Class("panel-title").Text("Who and what"),
			app.If(len(groups) == 0, func() app.UI {
				return app.P().Class("empty-note").Text("No people, places or organizations found.")
			}),
			app.Range(groups).Slice(func(g int) app.UI {
				if len(byGroup[g]) == 0 {
					return nil
				}
				group := groups[g]
				hidden := 0
				if g >= len(l.Expanded) || !l.Expanded[g] {
					hidden = plan.Hidden(ListEntities, g)
				}
				return app.Div().Class("entity-group").DataSet("type", group.Type).Body(
					app.H3().Class("group-title").Text(group.Label),
					app.Range(byGroup[g]).Slice(func(j int) app.UI {
						p := byGroup[g][j]
						items := group.Entities[p.From:p.To]
						selected := ""
						for _, e := range items {
							if e.ID == l.Selected {
								selected = e.ID
							}
						}
						return &entityItems{Items: items, Selected: selected}
					}),
					app.If(hidden > 0, func() app.UI {
						return showMoreButton(g, hidden)
					}),
				)
			}),
		)
}

func (l *EntityList) onClick(ctx app.Context, e app.Event) {
	if id := closestData(e, "button.entity-item", "entity"); id != "" {
		ctx.NewActionWithValue(ActionSelectEntity, Selection{Entity: id, Scroll: true})
	} else if g, ok := showMoreGroup(e); ok {
		ctx.NewActionWithValue(ActionShowMore, ShowMore{List: ListEntities, Group: g})
	}
}

// showMoreButton offers to draw the hidden items of group g.
func showMoreButton(g, hidden int) app.UI {
	return app.Button().Type("button").Class("link-button", "show-more").
		DataSet("group", g).
		Text("Show " + thousands(hidden) + " more")
}

// showMoreGroup returns the group of the show-more button clicked.
func showMoreGroup(e app.Event) (int, bool) {
	s := closestData(e, "button.show-more", "group")
	if s == "" {
		return 0, false
	}
	g, err := strconv.Atoi(s)
	return g, err == nil
}

// entityItems draws a run of a group's entities: one piece of the list.
type entityItems struct {
	app.Compo

	Items    []EntityItem
	Selected string // the selected entity, if it is one of Items
}

// Render draws the items.
func (l *entityItems) Render() app.UI {
	return app.Ul().Class("entity-items").Body(
		app.Range(l.Items).Slice(func(i int) app.UI {
			return app.Li().Body(l.item(l.Items[i]))
		}),
	)
}

func (l *entityItems) item(e EntityItem) app.UI {
	pressed := e.ID == l.Selected
	active := ""
	if pressed {
		active = "active"
	}
	return app.Button().Type("button").Class("entity-item", active).
		DataSet("entity", e.ID).
		DataSet("type", e.Type).
		Aria("pressed", strconv.FormatBool(pressed)).
		Title("Highlight the mentions of "+e.Name).
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
