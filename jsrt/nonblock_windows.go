package jsrt

import "os"

// nonblocking reports false: Windows files have no non-blocking mode a
// read could trip over (overlapped handles are not handed to scripts).
func nonblocking(f *os.File) bool { return false }
