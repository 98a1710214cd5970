package xunix

import "syscall"

// The constants Windows's syscall package has, re-exported.
const (
	E2BIG        = syscall.E2BIG
	EACCES       = syscall.EACCES
	EADDRINUSE   = syscall.EADDRINUSE
	EAGAIN       = syscall.EAGAIN
	EBADF        = syscall.EBADF
	EBUSY        = syscall.EBUSY
	ECANCELED    = syscall.ECANCELED
	ECONNREFUSED = syscall.ECONNREFUSED
	ECONNRESET   = syscall.ECONNRESET
	EEXIST       = syscall.EEXIST
	EFAULT       = syscall.EFAULT
	EFBIG        = syscall.EFBIG
	EINTR        = syscall.EINTR
	EINVAL       = syscall.EINVAL
	EIO          = syscall.EIO
	EISDIR       = syscall.EISDIR
	ELOOP        = syscall.ELOOP
	EMFILE       = syscall.EMFILE
	EMLINK       = syscall.EMLINK
	ENAMETOOLONG = syscall.ENAMETOOLONG
	ENFILE       = syscall.ENFILE
	ENODEV       = syscall.ENODEV
	ENOENT       = syscall.ENOENT
	ENOMEM       = syscall.ENOMEM
	ENOSPC       = syscall.ENOSPC
	ENOSYS       = syscall.ENOSYS
	ENOTDIR      = syscall.ENOTDIR
	ENOTEMPTY    = syscall.ENOTEMPTY
	ENOTSUP      = syscall.ENOTSUP
	ENOTTY       = syscall.ENOTTY
	ENXIO        = syscall.ENXIO
	EPERM        = syscall.EPERM
	EPIPE        = syscall.EPIPE
	EROFS        = syscall.EROFS
	ESPIPE       = syscall.ESPIPE
	ETIMEDOUT    = syscall.ETIMEDOUT
	ETXTBSY      = syscall.ETXTBSY
	EXDEV        = syscall.EXDEV
	O_APPEND     = syscall.O_APPEND
	O_CLOEXEC    = syscall.O_CLOEXEC
	O_CREAT      = syscall.O_CREAT
	O_EXCL       = syscall.O_EXCL
	O_NOCTTY     = syscall.O_NOCTTY
	O_NONBLOCK   = syscall.O_NONBLOCK
	O_RDONLY     = syscall.O_RDONLY
	O_RDWR       = syscall.O_RDWR
	O_SYNC       = syscall.O_SYNC
	O_TRUNC      = syscall.O_TRUNC
	O_WRONLY     = syscall.O_WRONLY
	SIGABRT      = syscall.SIGABRT
	SIGALRM      = syscall.SIGALRM
	SIGFPE       = syscall.SIGFPE
	SIGILL       = syscall.SIGILL
	SIGINT       = syscall.SIGINT
	SIGPIPE      = syscall.SIGPIPE
	SIGQUIT      = syscall.SIGQUIT
	SIGSEGV      = syscall.SIGSEGV
	SIGTERM      = syscall.SIGTERM
	S_IFBLK      = syscall.S_IFBLK
	S_IFCHR      = syscall.S_IFCHR
	S_IFDIR      = syscall.S_IFDIR
	S_IFIFO      = syscall.S_IFIFO
	S_IFLNK      = syscall.S_IFLNK
	S_IFMT       = syscall.S_IFMT
	S_IFREG      = syscall.S_IFREG
	S_IFSOCK     = syscall.S_IFSOCK
	S_ISGID      = syscall.S_ISGID
	S_ISUID      = syscall.S_ISUID
)
