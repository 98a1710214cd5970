module example.com/hello

go 1.26.0

require (
	github.com/dop251/goja v0.0.0-20260917113740-793a2a65c13b
	github.com/gojsc/gojsc v0.0.0-00010101000000-000000000000
)

require (
	github.com/dlclark/regexp2/v2 v2.5.2 // indirect
	github.com/go-sourcemap/sourcemap v2.1.4+incompatible // indirect
	github.com/google/pprof v0.0.0-20240727154555-813a5fbdbec8 // indirect
	golang.org/x/sys v0.50.0 // indirect
	golang.org/x/text v0.16.0 // indirect
)

// gojsc replaces github.com/gojsc/gojsc with its own copy when it links this
// module, so the placeholder version above is never fetched. The replace
// below only serves building and testing the example inside gojsc's
// repository; Go ignores it when this module is a dependency.
replace github.com/gojsc/gojsc => ../..
