// Package templates holds the text/templates of the Go package gojsc
// generates for every program.
package templates

import "embed"

// FS holds main.go.tmpl and go.mod.tmpl.
//
//go:embed *.tmpl
var FS embed.FS
