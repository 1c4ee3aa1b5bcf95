// AKN4UN XML (the General Assembly's resolutions from session 74 on): detection and parsing.
export { looksLikeAkn } from "./detect.js";
export { parseAkn } from "./parse.js";
