package os

// lengths are the length properties of os's functions, as QuickJS's
// (setInterval and clearInterval, which it lacks, as setTimeout's and
// clearTimeout's). Functions not listed take no arguments.
var lengths = map[string]int{
	"clearTimeout":    1,
	"close":           1,
	"dup":             1,
	"dup2":            2,
	"exec":            1,
	"isatty":          1,
	"kill":            2,
	"lstat":           1,
	"mkdir":           1,
	"open":            2,
	"read":            4,
	"readdir":         1,
	"readlink":        1,
	"realpath":        1,
	"remove":          1,
	"rename":          2,
	"seek":            3,
	"setReadHandler":  2,
	"setTimeout":      2,
	"setWriteHandler": 2,
	"signal":          2,
	"sleep":           1,
	"sleepAsync":      1,
	"stat":            1,
	"symlink":         2,
	"ttyGetWinSize":   1,
	"ttySetRaw":       1,
	"utimes":          3,
	"waitpid":         2,
	"write":           4,
	"setInterval":     2,
	"clearInterval":   1,
}
