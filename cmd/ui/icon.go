//go:build !wasm

package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// iconSizes are the PNG icons go-app and the web manifest want, by file.
var iconSizes = map[string]int{"icon-192.png": 192, "icon-512.png": 512}

// svgIcon is the little of SVG that web/icon.svg uses: a viewBox and
// filled rectangles.
type svgIcon struct {
	ViewBox string    `xml:"viewBox,attr"`
	Rects   []svgRect `xml:"rect"`
}

type svgRect struct {
	X      float64 `xml:"x,attr"`
	Y      float64 `xml:"y,attr"`
	Width  float64 `xml:"width,attr"`
	Height float64 `xml:"height,attr"`
	Fill   string  `xml:"fill,attr"`
}

// writeIcons draws the PNG icons from the SVG icon, so that the two never
// differ. Rounded corners (rx) are left out: the PNGs are full-bleed, as a
// maskable icon must be, and the platform rounds them.
func writeIcons(svgPath, outDir string) error {
	data, err := os.ReadFile(svgPath)
	if err != nil {
		return err
	}
	icon, err := parseIcon(data)
	if err != nil {
		return fmt.Errorf("%s: %w", svgPath, err)
	}
	for name, size := range iconSizes {
		var buf bytes.Buffer
		if err := png.Encode(&buf, icon.draw(size)); err != nil {
			return err
		}
		if err := writeFile(filepath.Join(outDir, name), buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// parsedIcon is the icon in its own units.
type parsedIcon struct {
	w, h  float64
	rects []svgRect
	fills []color.RGBA
}

func parseIcon(data []byte) (*parsedIcon, error) {
	var s svgIcon
	if err := xml.Unmarshal(data, &s); err != nil {
		return nil, err
	}
	vb := strings.Fields(s.ViewBox)
	if len(vb) != 4 {
		return nil, fmt.Errorf("viewBox %q: want four numbers", s.ViewBox)
	}
	w, err1 := strconv.ParseFloat(vb[2], 64)
	h, err2 := strconv.ParseFloat(vb[3], 64)
	if err1 != nil || err2 != nil || w <= 0 || h <= 0 {
		return nil, fmt.Errorf("viewBox %q: bad size", s.ViewBox)
	}
	if len(s.Rects) == 0 {
		return nil, fmt.Errorf("no <rect> to draw")
	}
	p := &parsedIcon{w: w, h: h, rects: s.Rects}
	for _, r := range s.Rects {
		c, err := parseHexColor(r.Fill)
		if err != nil {
			return nil, err
		}
		p.fills = append(p.fills, c)
	}
	return p, nil
}

// draw renders the icon size×size pixels, rectangles snapped to pixels.
func (p *parsedIcon) draw(size int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	sx, sy := float64(size)/p.w, float64(size)/p.h
	px := func(v, scale float64) int { return int(v*scale + 0.5) }
	for i, r := range p.rects {
		rect := image.Rect(px(r.X, sx), px(r.Y, sy), px(r.X+r.Width, sx), px(r.Y+r.Height, sy))
		draw.Draw(img, rect, image.NewUniform(p.fills[i]), image.Point{}, draw.Over)
	}
	return img
}

// parseHexColor reads #rgb or #rrggbb.
func parseHexColor(s string) (color.RGBA, error) {
	h := strings.TrimPrefix(s, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if len(h) != 6 || err != nil || !strings.HasPrefix(s, "#") {
		return color.RGBA{}, fmt.Errorf("fill %q: want #rrggbb", s)
	}
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}, nil
}
