package fuzzseed

import (
	"math"
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	data := "go test fuzz v1\nstring(\"a\\nb\")\n[]byte(\"\\xff\")\nbool(true)\nint(-3)\nint64(9223372036854775807)\nuint64(18446744073709551615)\nfloat64(+Inf)\nmath.Float64frombits(0x8000000000000000)\n"
	got, err := Parse([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []any{"a\nb", []byte{0xff}, true, -3, int64(math.MaxInt64), uint64(math.MaxUint64), math.Inf(1), math.Copysign(0, -1)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse = %#v, want %#v", got, want)
	}
	if !math.Signbit(got[7].(float64)) {
		t.Errorf("-0 lost its sign")
	}
	for _, bad := range []string{"x", "go test fuzz v1\nstring(\"unterminated)\n", "go test fuzz v1\nrune('x')\n", "go test fuzz v1\nint(\n"} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) succeeded", bad)
		}
	}
}
