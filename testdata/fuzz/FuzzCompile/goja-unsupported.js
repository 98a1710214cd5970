const re = /(?<year>\d{4})-(?<month>\d{2})/u;
const { groups: { year } } = re.exec("2024-05");
label: { break label; }
console.log(year, import.meta.url);
