package compiler

import (
	"strings"
	"testing"
)

func TestVLQRoundTrip(t *testing.T) {
	for _, v := range []int{0, 1, -1, 15, 16, -16, 31, 32, 1000, -123456, 1 << 20} {
		var b struct{ strings.Builder }
		encodeVLQ(&b.Builder, v)
		got, err := decodeVLQs(b.String())
		if err != nil || len(got) != 1 || got[0] != v {
			t.Errorf("round trip of %d via %q = %v, %v", v, b.String(), got, err)
		}
	}
}

func TestShiftOriginalColumns(t *testing.T) {
	tests := []struct{ in, want string }{
		{"AAAA,IAAI", "AAAC,IAAI"},         // first segment shifts; the rest are deltas
		{";;A,AAAA;AACA", ";;A,AAAC;AACA"}, // one-field segments have no original column
		{"", ""},
		{";;", ";;"},
	}
	for _, tc := range tests {
		got, err := shiftOriginalColumns(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("shiftOriginalColumns(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}
