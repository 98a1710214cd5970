# gojsc: compile JavaScript and TypeScript into standalone executables.
#   make demo   build gojsc and compile and run a demo program
#   make test   vet, format check and the whole test suite
#   make fuzz   run each fuzz target for FUZZTIME (seeds: testdata/fuzz)

GO      ?= go
BIN     ?= bin
GOJSC   := $(BIN)/gojsc
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
export GOTOOLCHAIN := local
export GOWORK := off

.PHONY: build install test demo bench bench-quick lint fuzz clean

build:
	$(GO) build -o $(GOJSC) ./cmd/gojsc

install:
	$(GO) install ./cmd/gojsc

test:
	@unformatted=$$(gofmt -l .); \
	  if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) test -count=1 -timeout 25m ./...
	cd examples/hello-module && $(GO) vet ./... && $(GO) run $(STATICCHECK) ./...

demo: build
	cd testdata/demo && $(abspath $(GOJSC)) -o $(abspath $(BIN))/demo demo.ts
	$(abspath $(BIN))/demo

bench:
	$(GO) run ./internal/bench $(BENCHFLAGS)

bench-quick:
	$(GO) run ./internal/bench -quick $(BENCHFLAGS)

# Each fuzz target as package:name. `go test` runs their seeds; this runs
# the fuzzer on each in turn. Inputs that fail are saved under the
# package's testdata/fuzz/NAME: copy them to testdata/fuzz/NAME to keep them.
# Minimizing each new input in at most FUZZMINIMIZE tries keeps the fuzzer
# fuzzing: by default it may spend a minute shrinking one, which stalls the
# slower targets (FuzzCompile) for most of a run.
FUZZTIME ?= 30s
FUZZMINIMIZE ?= 100x
FUZZ_TARGETS := \
	./compiler:FuzzCompile \
	./compiler:FuzzSourceMapLookup \
	./compiler:FuzzShiftOriginalColumns \
	./compiler:FuzzVLQ \
	./jsrt:FuzzArgs \
	./jsrt:FuzzStackMapping \
	./jsrt/inspect:FuzzAppendStack \
	./nativemods/std:FuzzSprintf \
	./nativemods/std:FuzzParseExtJSON

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; name=$${t##*:}; \
	  echo "fuzz $$name ($$pkg) for $(FUZZTIME)"; \
	  $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) $$pkg; \
	done

lint:
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

clean:
	rm -rf $(BIN)
