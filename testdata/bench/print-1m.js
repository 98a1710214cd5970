// Writes 1,000,000 short lines with print.
for (let i = 0; i < 1000000; i++) print("line " + i);
