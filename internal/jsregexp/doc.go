// Package jsregexp rewrites a JavaScript regular expression that goja would
// reject or misread into an equivalent one goja runs: Unicode property
// escapes (\p{...}, \P{...}) become character classes of explicit ranges,
// and a pattern with the v flag (class set operations, nested classes,
// \q{...} strings) becomes one with the u flag. The compiler uses it on the
// regular expression literals of a bundle, the runtime on the patterns
// given to RegExp.
//
// Property data comes from Go's unicode package where it has the property
// (General_Category, Script and the PropList properties) and otherwise from
// tables generated from the Unicode Character Database of the same Unicode
// version (see gen).
package jsregexp

//go:generate go run ./gen -ucd /usr/share/unicode -o tables.go
