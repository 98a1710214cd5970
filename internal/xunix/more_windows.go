package xunix

import "syscall"

// Constants with no Windows counterpart, so that code naming them builds.
// Flags take bits syscall.Open ignores; the terminal flags are never
// applied, as the terminal calls fail.
const (
	AT_FDCWD            = -100
	AT_SYMLINK_NOFOLLOW = 0x100
	CLOCK_MONOTONIC     = 1
	RUSAGE_SELF         = 0
	WNOHANG             = 1

	F_GETFD         = 1
	F_GETFL         = 3
	F_SETFL         = 4
	F_DUPFD_CLOEXEC = 1030

	F_OK = 0
	X_OK = 1
	W_OK = 2
	R_OK = 4

	O_ACCMODE   = 0x3
	O_DIRECTORY = 0x1000000
	O_NOFOLLOW  = 0x2000000

	TIOCGWINSZ = 0x5413
	BRKINT     = 0x2
	ICRNL      = 0x100
	IGNBRK     = 0x1
	IGNCR      = 0x80
	INLCR      = 0x40
	ISTRIP     = 0x20
	IXON       = 0x400
	PARMRK     = 0x8
	OPOST      = 0x1
	CS8        = 0x30
	CSIZE      = 0x30
	PARENB     = 0x100
	ECHO       = 0x8
	ECHONL     = 0x40
	ICANON     = 0x2
	IEXTEN     = 0x8000
	VMIN       = 6
	VTIME      = 5
)

// Signals Windows's syscall package lacks, numbered as on Linux. No
// Windows process can receive them.
const (
	SIGUSR1 = syscall.Signal(10)
	SIGUSR2 = syscall.Signal(12)
	SIGCHLD = syscall.Signal(17)
	SIGCONT = syscall.Signal(18)
	SIGSTOP = syscall.Signal(19)
	SIGTSTP = syscall.Signal(20)
	SIGTTIN = syscall.Signal(21)
	SIGTTOU = syscall.Signal(22)
)

// Errno and Signal are the syscall package's.
type (
	Errno  = syscall.Errno
	Signal = syscall.Signal
)

// WaitStatus is a child's wait status in the Unix encoding (exit status
// times 256), so that modules report it as on Unix.
type WaitStatus uint32

// Exited reports true: Windows children always end by exiting.
func (w WaitStatus) Exited() bool { return true }

// ExitStatus is the child's exit code.
func (w WaitStatus) ExitStatus() int { return int(w >> 8) }

// Signaled reports false: no Windows child dies by a signal.
func (w WaitStatus) Signaled() bool { return false }

// Signal is 0, as Signaled is false.
func (w WaitStatus) Signal() syscall.Signal { return 0 }

// Stopped reports false.
func (w WaitStatus) Stopped() bool { return false }

// Continued reports false.
func (w WaitStatus) Continued() bool { return false }

// CoreDump reports false.
func (w WaitStatus) CoreDump() bool { return false }

// StopSignal is 0.
func (w WaitStatus) StopSignal() syscall.Signal { return 0 }

// Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns ts as seconds and nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns ts in nanoseconds.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// Timeval is a time in seconds and microseconds.
type Timeval struct {
	Sec  int64
	Usec int64
}

// Unix returns tv as seconds and nanoseconds.
func (tv *Timeval) Unix() (sec int64, nsec int64) { return tv.Sec, tv.Usec * 1000 }

// Nano returns tv in nanoseconds.
func (tv *Timeval) Nano() int64 { return tv.Sec*1e9 + tv.Usec*1000 }

// NsecToTimeval converts nanoseconds to a Timeval.
func NsecToTimeval(nsec int64) Timeval {
	nsec += 999 // round up to microseconds, as x/sys/unix does
	return Timeval{Sec: nsec / 1e9, Usec: nsec % 1e9 / 1e3}
}

// Stat_t is a file's status in Linux's layout, filled from the file's
// Windows attributes.
type Stat_t struct {
	Dev     uint64
	Ino     uint64
	Nlink   uint64
	Mode    uint32
	Uid     uint32
	Gid     uint32
	Rdev    uint64
	Size    int64
	Blksize int64
	Blocks  int64
	Atim    Timespec
	Mtim    Timespec
	Ctim    Timespec
	Btim    Timespec
}

// Termios is a terminal's modes; Windows consoles have none to get or set.
type Termios struct {
	Iflag  uint32
	Oflag  uint32
	Cflag  uint32
	Lflag  uint32
	Line   uint8
	Cc     [19]uint8
	Ispeed uint32
	Ospeed uint32
}

// Winsize is a terminal's size.
type Winsize struct {
	Row    uint16
	Col    uint16
	Xpixel uint16
	Ypixel uint16
}

// Rusage is a process's resource usage.
type Rusage struct {
	Utime  Timeval
	Stime  Timeval
	Maxrss int64
}

// Utsname is the system's name, as uname(2) gives it.
type Utsname struct {
	Sysname  [65]byte
	Nodename [65]byte
	Release  [65]byte
	Version  [65]byte
	Machine  [65]byte
}
