package url_test

import (
	"testing"

	"github.com/gojsc/gojsc/nativemods/web/internal/webtest"
)

func TestURL(t *testing.T) {
	webtest.Golden(t, webtest.Dir(), "url", []string{"web:url"})
}
