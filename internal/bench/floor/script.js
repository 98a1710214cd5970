print("hello, world");
