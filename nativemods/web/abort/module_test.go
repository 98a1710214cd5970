package abort_test

import (
	"testing"

	"github.com/gojsc/gojsc/nativemods/web/internal/webtest"

	_ "github.com/gojsc/gojsc/nativemods/web/events"
)

func TestAbort(t *testing.T) {
	webtest.Golden(t, webtest.Dir(), "abort", []string{"web:events", "web:abort"})
}
