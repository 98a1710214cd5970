package compiler

import (
	"path/filepath"

	"github.com/evanw/esbuild/pkg/api"
)

// binaryExtensions are the files an import gives as a Uint8Array of their
// bytes (esbuild's binary loader): images, fonts, sounds, archives and
// other data a program carries.
var binaryExtensions = []string{
	".bin", ".dat",
	".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".bmp",
	".woff", ".woff2", ".ttf", ".otf",
	".mp3", ".wav", ".ogg", ".flac",
	".pdf", ".zip", ".gz", ".tar",
}

// loaders are the esbuild loaders of the files a script may import besides
// JavaScript and TypeScript: text, JSON, and binary files.
func loaders() map[string]api.Loader {
	l := map[string]api.Loader{
		".txt":  api.LoaderText,
		".json": api.LoaderJSON,
	}
	for _, ext := range binaryExtensions {
		l[ext] = api.LoaderBinary
	}
	return l
}

// wasmPlugin fails the import of a .wasm file plainly: goja has no
// WebAssembly, so no loader could give the script a module it can use.
func wasmPlugin() api.Plugin {
	return api.Plugin{
		Name: "gojsc-wasm",
		Setup: func(pb api.PluginBuild) {
			pb.OnLoad(api.OnLoadOptions{Filter: `\.wasm$`, Namespace: "file"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				return api.OnLoadResult{Errors: []api.Message{{
					Text: filepath.Base(a.Path) + " is WebAssembly, which gojsc programs cannot run: their JavaScript engine (goja) has no WebAssembly",
				}}}, nil
			})
		},
	}
}
