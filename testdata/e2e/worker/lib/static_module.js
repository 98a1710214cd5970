export const value = "static";
