package jsregexp

import "testing"

func BenchmarkTranslate(b *testing.B) {
	props := []string{"L", "Lu", "Ll", "N", "P", "S", "Z", "Script=Latin", "sc=Greek", "Alphabetic", "ID_Start", "ID_Continue", "Emoji", "White_Space", "Extended_Pictographic"}
	for range b.N {
		propCache = map[string]runeSet{}
		for _, p := range props {
			if _, _, err := Translate(`^[\p{`+p+`}_$][\p{`+p+`}\d]*$`, "u"); err != nil {
				b.Fatal(err)
			}
		}
	}
}
