// ajv-formats checks "uri" with fast-uri, whose parser uses regular
// expressions with the u flag; ajv compiles each schema with new Function.
import Ajv from "ajv";
import addFormats from "ajv-formats";
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const schema = {
  type: "object",
  properties: {
    home: { type: "string", format: "uri" },
    ref: { type: "string", format: "uri-reference" },
    mail: { type: "string", format: "email" },
    day: { type: "string", format: "date" },
    tags: { type: "array", items: { type: "string", pattern: "^\\p{Lu}\\p{Ll}+$" }, maxItems: 3 },
  },
  required: ["home"],
  additionalProperties: false,
};
const validate = ajv.compile(schema);
const cases = [
  { home: "https://example.com/a/b?c=d#e", ref: "../x", mail: "a@b.co", day: "2024-02-29", tags: ["Élan", "Ñu"] },
  { home: "http://[::1]:8080/", ref: "#frag" },
  { home: "urn:isbn:0451450523" },
  { home: "not a uri", mail: "nope", day: "2023-02-29", tags: ["lower", "Ok", "X", "Y"] },
  { home: "http://exa mple.com" },
  { ref: "//host/path", extra: 1 },
];
for (const c of cases) {
  const ok = validate(c);
  console.log(ok, JSON.stringify(validate.errors));
}
