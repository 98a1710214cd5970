module.exports = { answer: 42 };
exports.other = function () { return require("std"); };
