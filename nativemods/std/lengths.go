package std

// lengths are the length properties of std's functions, as QuickJS's
// (writeFile, which it lacks, as quickjs-ng's). Functions not listed take
// no arguments.
var lengths = map[string]int{
	"evalScript":   1,
	"exit":         1,
	"fdopen":       2,
	"getenv":       1,
	"getenviron":   1,
	"loadFile":     1,
	"loadScript":   1,
	"open":         2,
	"parseExtJSON": 1,
	"popen":        2,
	"printf":       1,
	"puts":         1,
	"setenv":       1,
	"sprintf":      1,
	"strerror":     1,
	"unsetenv":     1,
	"urlGet":       1,
	"writeFile":    2,
}

// fileLengths are those of the FILE methods.
var fileLengths = map[string]int{
	"printf":  1,
	"putByte": 1,
	"puts":    1,
	"read":    3,
	"seek":    2,
	"write":   3,
}
