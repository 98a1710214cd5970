console.log("bom", "â€¨", `ÿ`);
