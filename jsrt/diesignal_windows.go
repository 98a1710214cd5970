package jsrt

import "os"

// DieBySignal, as a Config.OnFatalSignal, returns at once on Windows: a
// process cannot raise a signal on itself there, so the run ends with
// status 128+signal (130 for Ctrl-C).
func DieBySignal(sig os.Signal) {}
