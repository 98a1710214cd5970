"use strict";
delete x;
var eval = 1;
arguments = 2;
