for (let i = 0; i < 3; i++) print("line", i);
null.property;
