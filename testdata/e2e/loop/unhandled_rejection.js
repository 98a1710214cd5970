// A rejection still unhandled once the job queue drained: reported, exit 1.
setTimeout(() => {
  print("in timer");
  Promise.reject(new Error("nobody catches this"));
}, 1);
setTimeout(() => print("never"), 50);
