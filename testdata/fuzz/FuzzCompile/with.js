var o = { a: 1 };
with (o) { a = 2; }
print(o.a);
