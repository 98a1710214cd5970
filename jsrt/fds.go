package jsrt

import "time"

// startRuntimePoller makes the Go runtime create its network poller (an
// epoll or kqueue fd, and an eventfd on Linux) now, while fds are free. The
// runtime creates it lazily, on the first timer or pollable file, and a
// failure there is a fatal error, not an error return: a script that used
// up RLIMIT_NOFILE and then made the runtime start a timer (a sleep, an HTTP
// request, a child's wait) would crash instead of seeing EMFILE.
//
// A stopped func timer is enough: adding any timer to a P's heap starts
// the poller.
func startRuntimePoller() {
	time.AfterFunc(time.Hour, func() {}).Stop()
}
