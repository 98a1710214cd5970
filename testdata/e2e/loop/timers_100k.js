// 100,000 timers fire in deadline order, ties in insertion order.
// performance.now() reads the clock the loop schedules by, so the time
// read just before setTimeout i bounds its deadline: between at[i] + d and
// at[i + 1] + d. A timer fired after another whose deadline is surely later
// is out of order; so is one fired after a later-scheduled timer with the
// same delay.
const N = 100000;
const at = new Float64Array(N + 1);
const delay = i => (i * 7919) % 50;
const fired = new Int32Array(N);
let n = 0;
for (let i = 0; i < N; i++) {
  at[i] = performance.now();
  setTimeout(() => { fired[n++] = i; }, delay(i));
}
at[N] = performance.now();
setTimeout(() => {
  let bad = "";
  const lastOfDelay = new Int32Array(50).fill(-1);
  let maxLow = -Infinity, maxLowAt = -1;
  for (let k = 0; k < n && !bad; k++) {
    const i = fired[k], d = delay(i);
    if (lastOfDelay[d] > i) bad = `timer ${i} fired after ${lastOfDelay[d]}, same delay ${d}`;
    lastOfDelay[d] = i;
    if (at[i + 1] + d < maxLow) bad = `timer ${i} (due by ${at[i + 1] + d}) fired after timer ${maxLowAt} (due from ${maxLow})`;
    if (at[i] + d > maxLow) { maxLow = at[i] + d; maxLowAt = i; }
  }
  print("fired", n, bad || "in deadline order");
}, 60);
