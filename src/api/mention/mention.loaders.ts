import type { MentionRecord } from "../../graph/port.js";
import { AheadLoader, defineLoader } from "../loaders.js";

export const mentionsInParagraphLoader = defineLoader("mentionsInParagraph", (store) => new AheadLoader<string, MentionRecord[]>((ids) => store.mentionsInParagraphs(ids)));
