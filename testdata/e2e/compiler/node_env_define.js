// flags: --define process.env.NODE_ENV="development"
// --define overrides the default process.env.NODE_ENV ("production").
print(process.env.NODE_ENV);
if (process.env.NODE_ENV !== "production") print("development branch kept");
