package std

import (
	"bufio"
	"bytes"
	"io"
	"os"

	unix "github.com/gojsc/gojsc/internal/xunix"
)

// bufSize is the size of a stream's read and write buffers.
const bufSize = 64 << 10

// A stream is the Go side of a C FILE: an fd with a read buffer and a write
// buffer, an end-of-file flag and an error flag. Like stdio it keeps at most
// one of the two buffers non-empty: writing discards unread input (seeking
// back over it) and reading flushes pending output first.
//
// std.out is special: its bytes go to the VM's shared stdout writer, so that
// print and std.out.puts interleave as written. std.err is unbuffered.
type stream struct {
	fd    int // the process's fd
	no    int // the fd as the script sees it (fileno)
	kind  streamKind
	pid   int // the child of a popen stream
	isTTY bool

	closed bool
	eof    bool
	failed bool

	rbuf       []byte // unread input is rbuf[rpos:rend]
	rpos, rend int
	wbuf       []byte // pending output

	line []byte // getline's buffer for lines that span reads

	out         *bufio.Writer // std.out: the shared stdout writer
	outTTY      bool          // std.out: flush after every write
	flushStdout func()        // std.in on a terminal, std.err: flush stdout first
	std         *os.File      // std.in/out/err: closed through os so Go's view stays right
}

type streamKind int

const (
	kindFile streamKind = iota
	kindPopen
	kindStdin
	kindStdout
	kindStderr
)

// write appends p to the stream as fwrite does and reports how many bytes
// were accepted.
func (s *stream) write(p []byte) int {
	switch s.kind {
	case kindStdout:
		return s.wroteStdout(s.out.Write(p))
	case kindStderr:
		s.flushStdout()
		n, err := s.std.Write(p)
		if err != nil {
			s.failed = true
		}
		return n
	}
	s.dropInput()
	if len(s.wbuf)+len(p) > cap(s.wbuf) {
		if s.flush() != nil {
			return 0
		}
		if len(p) >= bufSize {
			n, err := writeFull(s.fd, p)
			if err != nil {
				s.failed = true
			}
			return n
		}
	}
	if s.wbuf == nil {
		s.wbuf = make([]byte, 0, bufSize)
	}
	s.wbuf = append(s.wbuf, p...)
	return len(p)
}

// wroteStdout finishes a write to std.out: on a terminal the line goes out
// now, as C's line-buffered stdout would send it.
func (s *stream) wroteStdout(n int, err error) int {
	if err != nil {
		s.failed = true
	} else if s.outTTY && s.out.Flush() != nil {
		s.failed = true
	}
	return n
}

// writeString is write for a string, without converting it to a []byte on
// the buffered paths.
func (s *stream) writeString(str string) int {
	switch s.kind {
	case kindStdout:
		return s.wroteStdout(s.out.WriteString(str))
	case kindFile, kindPopen, kindStdin:
		if len(s.wbuf)+len(str) <= cap(s.wbuf) && s.rpos == s.rend {
			s.wbuf = append(s.wbuf, str...)
			return len(str)
		}
	}
	return s.write([]byte(str))
}

// flush writes out pending output; it returns the error that stopped it.
func (s *stream) flush() error {
	switch s.kind {
	case kindStdout:
		if err := s.out.Flush(); err != nil {
			s.failed = true
			return err
		}
		return nil
	case kindStderr:
		return nil
	}
	if len(s.wbuf) == 0 {
		return nil
	}
	n, err := writeFull(s.fd, s.wbuf)
	if err != nil {
		// Keep what was not written, as stdio does, so a later flush may
		// succeed; the error flag records the failure.
		s.wbuf = s.wbuf[:copy(s.wbuf, s.wbuf[n:])]
		s.failed = true
		return err
	}
	s.wbuf = s.wbuf[:0]
	return nil
}

// dropInput discards buffered input before a write, moving the fd back over
// the bytes not yet consumed so that the write lands where the reader is.
func (s *stream) dropInput() {
	if unread := s.rend - s.rpos; unread > 0 {
		_, _ = unix.Seek(s.fd, int64(-unread), io.SeekCurrent)
	}
	s.rpos, s.rend = 0, 0
}

// fill reads more input into the empty read buffer. It returns false at end
// of file or on error, setting the matching flag.
func (s *stream) fill() bool {
	if s.eof {
		return false
	}
	if s.kind == kindStdout {
		_ = s.out.Flush()
	} else if err := s.flush(); err != nil {
		return false
	}
	if s.flushStdout != nil && s.isTTY {
		s.flushStdout()
	}
	if s.rbuf == nil {
		s.rbuf = make([]byte, bufSize)
	}
	n, err := readRetry(s.fd, s.rbuf)
	s.rpos, s.rend = 0, max(n, 0)
	switch {
	case err != nil:
		s.failed = true
		return false
	case n == 0:
		s.eof = true
		return false
	}
	return true
}

// read fills p from the stream as fread does and returns the count.
func (s *stream) read(p []byte) int {
	total := 0
	for len(p) > 0 {
		if s.rpos == s.rend {
			if len(p) >= bufSize && !s.eof {
				// Large reads skip the buffer.
				if s.kind != kindStdout && s.flush() != nil {
					break
				}
				if s.flushStdout != nil && s.isTTY {
					s.flushStdout()
				}
				n, err := readRetry(s.fd, p)
				if err != nil {
					s.failed = true
					break
				}
				if n == 0 {
					s.eof = true
					break
				}
				total += n
				p = p[n:]
				continue
			}
			if !s.fill() {
				break
			}
		}
		n := copy(p, s.rbuf[s.rpos:s.rend])
		s.rpos += n
		total += n
		p = p[n:]
	}
	return total
}

// getline returns the next line without its newline, and false at end of
// file with nothing read. The slice is valid until the next call.
func (s *stream) getline() ([]byte, bool) {
	s.line = s.line[:0]
	for {
		if s.rpos < s.rend {
			chunk := s.rbuf[s.rpos:s.rend]
			if i := bytes.IndexByte(chunk, '\n'); i >= 0 {
				s.rpos += i + 1
				if len(s.line) == 0 {
					return chunk[:i], true
				}
				s.line = append(s.line, chunk[:i]...)
				return s.line, true
			}
			s.line = append(s.line, chunk...)
			s.rpos = s.rend
		}
		if !s.fill() {
			return s.line, len(s.line) > 0
		}
	}
}

// readAll reads up to max bytes (all when max < 0) to the end of file.
func (s *stream) readAll(max int64) []byte {
	var b []byte
	for max != 0 {
		if s.rpos == s.rend && !s.fill() {
			break
		}
		chunk := s.rbuf[s.rpos:s.rend]
		if max > 0 && int64(len(chunk)) > max {
			chunk = chunk[:max]
		}
		b = append(b, chunk...)
		s.rpos += len(chunk)
		if max > 0 {
			max -= int64(len(chunk))
		}
	}
	return b
}

// getByte returns the next byte or -1 at end of file or on error.
func (s *stream) getByte() int {
	if s.rpos == s.rend && !s.fill() {
		return -1
	}
	c := s.rbuf[s.rpos]
	s.rpos++
	return int(c)
}

// seek moves the stream's position as fseeko does: pending output is
// written, buffered input dropped and the end-of-file flag cleared.
func (s *stream) seek(off int64, whence int) error {
	if err := s.flush(); err != nil {
		return err
	}
	if whence == io.SeekCurrent {
		off -= int64(s.rend - s.rpos)
	}
	if _, err := unix.Seek(s.fd, off, whence); err != nil {
		return err
	}
	s.rpos, s.rend = 0, 0
	s.eof = false
	return nil
}

// tell returns the logical position: the fd's offset less unread input plus
// pending output.
func (s *stream) tell() (int64, error) {
	pos, err := unix.Seek(s.fd, 0, io.SeekCurrent)
	if err != nil {
		return -1, err
	}
	pos += int64(len(s.wbuf)) - int64(s.rend-s.rpos)
	if s.kind == kindStdout {
		pos += int64(s.out.Buffered())
	}
	return pos, nil
}

// close flushes and closes the stream. A popen stream waits for its child
// and returns the raw wait status; any other returns 0. The error is the
// first failure, reported by the caller as -errno.
func (s *stream) close() (int, error) {
	ferr := s.flush()
	s.closed = true
	s.rbuf, s.wbuf, s.line = nil, nil, nil
	var cerr error
	if s.std != nil {
		cerr = s.std.Close()
	} else {
		cerr = unix.Close(s.fd)
	}
	if s.kind == kindPopen {
		return waitChild(s.pid)
	}
	if ferr != nil {
		return 0, ferr
	}
	return 0, cerr
}

// writeFull writes all of p to fd, retrying short writes and EINTR.
func writeFull(fd int, p []byte) (int, error) {
	total := 0
	for len(p) > 0 {
		n, err := unix.Write(fd, p)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return total, err
		}
		total += n
		p = p[n:]
	}
	return total, nil
}

// readRetry is read(2), retried on EINTR.
func readRetry(fd int, p []byte) (int, error) {
	for {
		n, err := unix.Read(fd, p)
		if err != unix.EINTR {
			return n, err
		}
	}
}
