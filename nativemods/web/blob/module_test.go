package blob_test

import (
	"testing"

	"github.com/gojsc/gojsc/nativemods/web/internal/webtest"
)

func TestBlob(t *testing.T) {
	webtest.Golden(t, webtest.Dir(), "blob", []string{"web:blob"})
}
