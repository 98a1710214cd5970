// Package templates holds the text/templates of the Go package gojsc
// generates for every program, and of the program that checks the user's
// native modules before a build.
package templates

import "embed"

// FS holds main.go.tmpl, go.mod.tmpl and modcheck.go.tmpl.
//
//go:embed *.tmpl
var FS embed.FS
