var greeting = "hello";
function shout(s) { return s.toUpperCase() + "!"; }
print(shout(greeting));
