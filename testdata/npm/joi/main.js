// joi, CommonJS: an object schema with strings, numbers, a URI rule, email,
// dates, arrays, conditionals and references; validation errors with their
// messages, paths and types; conversion; custom messages; attempt().
// gojsc bundles joi's browser build (its package.json "browser" field),
// which leaves out describe() and build(): they are not used here.
const Joi = require("joi");

const schema = Joi.object({
  username: Joi.string().alphanum().min(3).max(30).required(),
  password: Joi.string().pattern(/^[a-zA-Z0-9]{3,30}$/),
  repeat: Joi.ref("password"),
  birth: Joi.number().integer().min(1900).max(2013),
  email: Joi.string().email({ minDomainSegments: 2, tlds: { allow: ["com", "net"] } }),
  site: Joi.string().uri({ scheme: ["http", "https"] }),
  tags: Joi.array().items(Joi.string().lowercase()).unique().max(3),
  when: Joi.date().iso(),
  kind: Joi.string().valid("a", "b"),
  extra: Joi.when("kind", { is: "a", then: Joi.number().required(), otherwise: Joi.forbidden() }),
}).with("username", "birth").xor("password", "email");

function show(label, value, opts) {
  const { error, value: out } = schema.validate(value, opts);
  if (error) {
    console.log(label, "error:", error.message);
    for (const d of error.details) console.log("  ", d.type, JSON.stringify(d.path), d.message);
  } else {
    console.log(label, "ok:", JSON.stringify(out));
  }
}

show("good", { username: "abc", birth: 1994, password: "secret1", repeat: "secret1", site: "https://example.com/a?b=1", tags: ["X", "y"], when: "2020-01-02T03:04:05Z" });
show("uri", { username: "abc", birth: 2000, email: "me@example.com", site: "ftp://example.com" });
show("bad uri", { username: "abc", birth: 2000, email: "me@example.com", site: "not a uri" });
show("email", { username: "abc", birth: 2000, email: "me@example.org" });
show("many", { username: "a!", birth: 1800, password: "x", email: "a@b.com", tags: ["a", "a", "b", "c"] }, { abortEarly: false });
show("convert", { username: "abc", birth: "1999", password: "abc", kind: "a", extra: "7" });
show("no convert", { username: "abc", birth: "1999", password: "abc" }, { convert: false });
show("forbidden", { username: "abc", birth: 1999, password: "abc", kind: "b", extra: 1 });
show("unknown", { username: "abc", birth: 1999, password: "abc", other: 1 });

const custom = Joi.string().min(5).messages({ "string.min": "{{#label}} is too short ({{#limit}})" }).label("Name");
console.log(custom.validate("abc").error.message);
try {
  Joi.attempt(-1, Joi.number().positive(), "bad number:");
} catch (e) {
  console.log(e.name, e.isJoi, e.message);
}
console.log(Joi.isSchema(schema), Joi.isSchema({}), Joi.isRef(Joi.ref("a")));
