package events_test

import (
	"testing"

	"github.com/gojsc/gojsc/nativemods/web/internal/webtest"
)

func TestEvents(t *testing.T) {
	webtest.Golden(t, webtest.Dir(), "events", []string{"web:events"})
}
