package immediate_test

import (
	"testing"

	"github.com/gojsc/gojsc/nativemods/web/internal/webtest"
)

func TestImmediate(t *testing.T) {
	webtest.Golden(t, webtest.Dir(), "immediate", []string{"web:immediate"})
}
