package esnext

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// slots holds the internal slots of one kind of built-in object (a
// WeakRef's target, an iterator helper's state), which goja's public API
// cannot store in the object itself. Objects are held weakly: an entry
// goes when its object is collected, so a program that makes many WeakRefs
// or iterator helpers does not keep them all.
type slots[T any] struct {
	mu sync.Mutex // cleanups run on the runtime's cleanup goroutine
	m  map[weak.Pointer[goja.Object]]T
}

func (s *slots[T]) set(o *goja.Object, v T) {
	k := weak.Make(o)
	s.mu.Lock()
	if s.m == nil {
		s.m = make(map[weak.Pointer[goja.Object]]T)
	}
	s.m[k] = v
	s.mu.Unlock()
	runtime.AddCleanup(o, s.drop, k)
}

func (s *slots[T]) drop(k weak.Pointer[goja.Object]) {
	s.mu.Lock()
	delete(s.m, k)
	s.mu.Unlock()
}

// get returns the slot of v, if v is an object that has one.
func (s *slots[T]) get(v goja.Value) (T, bool) {
	var zero T
	o, ok := v.(*goja.Object)
	if !ok {
		return zero, false
	}
	s.mu.Lock()
	x, ok := s.m[weak.Make(o)]
	s.mu.Unlock()
	return x, ok
}
