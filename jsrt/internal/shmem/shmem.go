// Package shmem is memory shared between goroutines, and so between the
// runtimes of a program's workers: a Block is a byte slice that is never
// copied or moved, with the atomic operations JavaScript's Atomics needs
// over it and a futex-like wait and notify per address.
//
// Offsets are in bytes and sizes 1, 2, 4 or 8; an operation's offset must
// be a multiple of its size and lie inside the block, as typed arrays
// guarantee (a violation panics). Values are passed and returned as the
// raw bits of the element, zero-extended to 64 bits; SignExtend reads them
// as signed. 4- and 8-byte operations are single atomic instructions; 1-
// and 2-byte ones are a compare-and-swap loop on the aligned 32-bit word
// that holds them, which the block always contains whole.
package shmem

import (
	"encoding/binary"
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Block is one block of shared memory. Its identity is its pointer: every
// runtime that sees the block sees the same *Block and the same bytes.
type Block struct {
	mem []byte

	mu      sync.Mutex
	waiters map[int]*waitList // by byte offset; entries removed when empty
}

// MaxLen is the largest block New makes.
const MaxLen = 1<<53 - 1

// New returns a zeroed block of n bytes. The memory is 8-byte aligned and
// rounded up to whole 8-byte words, so that every aligned word an atomic
// operation touches lies inside it.
func New(n int) *Block {
	if n < 0 {
		panic(fmt.Sprintf("shmem: negative block length %d", n))
	}
	words := make([]uint64, (n+7)/8)
	var mem []byte
	if len(words) > 0 {
		mem = unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), n)
	} else {
		mem = []byte{}
	}
	return &Block{mem: mem}
}

// Bytes returns the block's memory. It is shared: reads and writes through
// it race with other goroutines unless they synchronize otherwise, which is
// what JavaScript's non-atomic typed-array accesses do.
func (b *Block) Bytes() []byte { return b.mem }

// Len returns the block's length in bytes.
func (b *Block) Len() int { return len(b.mem) }

// Op is a read-modify-write operation.
type Op uint8

// The read-modify-write operations of Atomics.
const (
	Add Op = iota
	Sub
	And
	Or
	Xor
	Exchange
)

// Apply returns the result of op on old and v, truncated to size bytes.
// It is the arithmetic of RMW without the atomicity, for memory no other
// goroutine sees.
func Apply(op Op, old, v uint64, size int) uint64 {
	var r uint64
	switch op {
	case Add:
		r = old + v
	case Sub:
		r = old - v
	case And:
		r = old & v
	case Or:
		r = old | v
	case Xor:
		r = old ^ v
	case Exchange:
		r = v
	default:
		panic(fmt.Sprintf("shmem: unknown operation %d", op))
	}
	return r & mask(size)
}

// SignExtend reads v, the bits of a size-byte element, as a signed integer.
func SignExtend(v uint64, size int) int64 {
	shift := 64 - 8*uint(size)
	return int64(v<<shift) >> shift
}

func mask(size int) uint64 {
	if size == 8 {
		return ^uint64(0)
	}
	return 1<<(8*uint(size)) - 1
}

// check panics unless [off, off+size) is an aligned element of the block.
func (b *Block) check(off, size int) {
	switch size {
	case 1, 2, 4, 8:
	default:
		panic(fmt.Sprintf("shmem: element size %d is not 1, 2, 4 or 8", size))
	}
	if off < 0 || off > len(b.mem)-size || off%size != 0 {
		panic(fmt.Sprintf("shmem: %d-byte element at offset %d is outside or misaligned in a %d-byte block", size, off, len(b.mem)))
	}
}

func (b *Block) p32(off int) *uint32 { return (*uint32)(unsafe.Pointer(unsafe.SliceData(b.mem[off:]))) }
func (b *Block) p64(off int) *uint64 { return (*uint64)(unsafe.Pointer(unsafe.SliceData(b.mem[off:]))) }

// word returns the aligned 32-bit word holding the small element at off,
// and the element's bit shift inside it. The word may reach past len(mem)
// into the padding New allocates.
func (b *Block) word(off, size int) (*uint32, uint) {
	base := unsafe.Pointer(unsafe.SliceData(b.mem))
	w := (*uint32)(unsafe.Add(base, off&^3))
	if bigEndian {
		return w, uint(4-size-off&3) * 8
	}
	return w, uint(off&3) * 8
}

var bigEndian = binary.NativeEndian.Uint16([]byte{1, 0}) != 1

// Load atomically reads the size-byte element at off.
func (b *Block) Load(off, size int) uint64 {
	b.check(off, size)
	switch size {
	case 4:
		return uint64(atomic.LoadUint32(b.p32(off)))
	case 8:
		return atomic.LoadUint64(b.p64(off))
	}
	w, shift := b.word(off, size)
	return uint64(atomic.LoadUint32(w)>>shift) & mask(size)
}

// Store atomically writes v, truncated to size bytes, at off.
func (b *Block) Store(off, size int, v uint64) {
	b.check(off, size)
	switch size {
	case 4:
		atomic.StoreUint32(b.p32(off), uint32(v))
	case 8:
		atomic.StoreUint64(b.p64(off), v)
	default:
		b.small(off, size, func(uint64) uint64 { return v })
	}
}

// RMW atomically replaces the element at off by op applied to it and v,
// and returns the element it held before.
func (b *Block) RMW(op Op, off, size int, v uint64) uint64 {
	b.check(off, size)
	switch size {
	case 4:
		p, x := b.p32(off), uint32(v)
		switch op {
		case Add:
			return uint64(atomic.AddUint32(p, x) - x)
		case Sub:
			return uint64(atomic.AddUint32(p, -x) + x)
		case And:
			return uint64(atomic.AndUint32(p, x))
		case Or:
			return uint64(atomic.OrUint32(p, x))
		case Exchange:
			return uint64(atomic.SwapUint32(p, x))
		}
		for {
			old := atomic.LoadUint32(p)
			if atomic.CompareAndSwapUint32(p, old, uint32(Apply(op, uint64(old), v, 4))) {
				return uint64(old)
			}
		}
	case 8:
		p := b.p64(off)
		switch op {
		case Add:
			return atomic.AddUint64(p, v) - v
		case Sub:
			return atomic.AddUint64(p, -v) + v
		case And:
			return atomic.AndUint64(p, v)
		case Or:
			return atomic.OrUint64(p, v)
		case Exchange:
			return atomic.SwapUint64(p, v)
		}
		for {
			old := atomic.LoadUint64(p)
			if atomic.CompareAndSwapUint64(p, old, Apply(op, old, v, 8)) {
				return old
			}
		}
	}
	return b.small(off, size, func(old uint64) uint64 { return Apply(op, old, v, size) })
}

// CompareExchange atomically writes replacement at off if the element there
// equals expected (both truncated to size bytes), and returns the element
// it held before.
func (b *Block) CompareExchange(off, size int, expected, replacement uint64) uint64 {
	b.check(off, size)
	expected &= mask(size)
	replacement &= mask(size)
	switch size {
	case 4:
		p := b.p32(off)
		for {
			old := atomic.LoadUint32(p)
			if uint64(old) != expected || atomic.CompareAndSwapUint32(p, old, uint32(replacement)) {
				return uint64(old)
			}
		}
	case 8:
		p := b.p64(off)
		for {
			old := atomic.LoadUint64(p)
			if old != expected || atomic.CompareAndSwapUint64(p, old, replacement) {
				return old
			}
		}
	}
	return b.small(off, size, func(old uint64) uint64 {
		if old == expected {
			return replacement
		}
		return old
	})
}

// small replaces the 1- or 2-byte element at off by f of it, with a
// compare-and-swap loop on its word, and returns the element it held.
func (b *Block) small(off, size int, f func(old uint64) uint64) uint64 {
	w, shift := b.word(off, size)
	m := uint32(mask(size)) << shift
	for {
		word := atomic.LoadUint32(w)
		old := uint64(word&m) >> shift
		nw := word&^m | uint32(f(old)&mask(size))<<shift
		if nw == word || atomic.CompareAndSwapUint32(w, word, nw) {
			return old
		}
	}
}
