exports.twice = function (x) { return 2 * x; };
module.exports.name = "legacy";
