#!/usr/bin/env qjs
"use strict";
label: for (const x of [1, 2, 3]) { if (x > 1) break label; }
