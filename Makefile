# gojsc: compile JavaScript and TypeScript into standalone executables.
#   make demo   build gojsc and compile and run a demo program
#   make test   vet, format check and the whole test suite

GO      ?= go
BIN     ?= bin
GOJSC   := $(BIN)/gojsc
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
export GOTOOLCHAIN := local
export GOWORK := off

.PHONY: build install test demo bench bench-quick lint clean

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
	$(GO) run ./internal/bench

bench-quick:
	$(GO) run ./internal/bench -quick

lint:
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

clean:
	rm -rf $(BIN)
