package jsrt

import "crypto/rand"

// fillRandom fills b from the system's random source (ProcessPrng).
func fillRandom(b []byte) error {
	_, err := rand.Read(b)
	return err
}
