package compiler

import "testing"

func TestCheckIndices(t *testing.T) {
	tests := []struct {
		m  string
		ok bool
	}{
		{`{"version":3,"sources":["a.js"],"names":["x"],"mappings":"AAAA;AACAA,CAAC"}`, true},
		{`{"version":3,"sources":[],"mappings":""}`, true},
		{`{"version":3,"sources":["a.js"],"mappings":"AAAA,ACAA"}`, false},        // source 1 of 1
		{`{"version":3,"sources":["a.js"],"mappings":"AAAA,ADAA"}`, false},        // source -1
		{`{"mAppings":";;0AA0A"}`, false},                                         // three fields, no sources
		{`{"version":3,"sources":["a.js"],"names":[],"mappings":"AAAAA"}`, false}, // name 0 of 0
		{`{"sections":[{"map":{"sources":[],"mappings":"AAAA"}}]}`, false},
		{`{"version":3,"sources":["a.js"],"mappings":"AAAg"}`, false}, // unterminated VLQ
	}
	for _, tc := range tests {
		err := checkIndices([]byte(tc.m))
		if (err == nil) != tc.ok {
			t.Errorf("checkIndices(%s) = %v, want ok=%v", tc.m, err, tc.ok)
		}
	}
}
