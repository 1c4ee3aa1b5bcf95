// The JSON shapes `resgraph extract --json` prints (a resolution, or `{ analysis }` for an analysis page). Outside tools rely on it, so it is checked with
// this schema both by `extract` (before printing) and by the tests.

import { z } from "zod";
import { BODIES, MENTION_KINDS, PARAGRAPH_KINDS, REFERENCE_KINDS, VOTE_METHODS } from "../domain.js";

const isoDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, "YYYY-MM-DD or empty");

export const voteCountsShape = z.object({
  yes: z.number().int().nonnegative(),
  no: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
});

export const resolutionHeaderShape = z.object({
  symbol: z.string().min(1),
  title: z.string(),
  body: z.enum(BODIES),
  adoptedOn: isoDate,
  meeting: z.string(),
  voteMethod: z.enum(VOTE_METHODS),
  votes: voteCountsShape.optional(),
});

export const paragraphShape = z.object({
  // `art<n>`: the articles of a declaration read without a masthead (paragraphs.ts, cutDeclaration).
  key: z.string().regex(/^(pp\d+|op\d+[a-z]?(\([a-z0-9]+\))*|art\d+|annex[\w()]*)$/, "paragraph key"),
  kind: z.enum(PARAGRAPH_KINDS),
  ordinal: z.number().int().positive(),
  verb: z.string(),
  text: z.string().min(1),
  footnotes: z.array(z.object({ mark: z.string(), text: z.string() })),
});

export const referenceShape = z.object({
  paragraph: z.string(),
  kind: z.enum(REFERENCE_KINDS),
  target: z.string().min(1),
  verb: z.string().optional(),
  date: isoDate.optional(),
});

export const mentionShape = z.object({
  paragraph: z.string(),
  kind: z.enum(MENTION_KINDS),
  name: z.string().min(1),
  id: z.string().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  footnote: z.string().min(1).optional(),
});

export const extractOutputShape = z
  .object({
    resolution: resolutionHeaderShape,
    paragraphs: z.array(paragraphShape).min(1),
    references: z.array(referenceShape),
    mentions: z.array(mentionShape),
    concerns: z.array(z.object({ code: z.string().regex(/^[A-Z]{3,4}$/), name: z.string().min(1) })).optional(),
    countryVotes: z
      .array(z.object({ country: z.string().regex(/^[A-Z]{3,4}$/), name: z.string().min(1), vote: z.enum(["yes", "no", "abstain"]) }))
      .optional(),
  })
  .superRefine((doc, ctx) => {
    const keys = new Set<string>();
    for (const p of doc.paragraphs) {
      if (keys.has(p.key)) ctx.addIssue({ code: "custom", message: `duplicate paragraph key ${p.key}` });
      keys.add(p.key);
    }
    for (const r of [...doc.references, ...doc.mentions]) {
      if (!keys.has(r.paragraph)) ctx.addIssue({ code: "custom", message: `unknown paragraph ${r.paragraph}` });
    }
    const byKey = new Map(doc.paragraphs.map((p) => [p.key, p]));
    for (const m of doc.mentions) {
      const p = byKey.get(m.paragraph);
      // A mention in a footnote indexes the text of the paragraph's footnote with that mark.
      const t = m.footnote === undefined ? (p?.text ?? "") : (p?.footnotes.find((f) => f.mark === m.footnote)?.text ?? "");
      const where = m.footnote === undefined ? m.paragraph : `footnote ${m.footnote} of ${m.paragraph}`;
      if (!(m.start < m.end && m.end <= t.length)) {
        ctx.addIssue({ code: "custom", message: `mention offsets ${m.start}-${m.end} outside ${where}` });
      }
    }
  });

export type ExtractOutput = z.infer<typeof extractOutputShape>;

export const analysisOutputShape = z.object({
  analysis: z.object({
    title: z.string().min(1),
    body: z.string(),
    sessionType: z.string(),
    agendaItem: z.string(),
    countryConcerned: z.string(),
    summary: z.array(z.string()),
    sponsors: z.array(z.string()),
    quotes: z.array(z.object({ section: z.enum(["praise", "criticism"]), text: z.string().min(1) })),
    votes: z
      .object({
        yes: z.number().int().nonnegative(),
        no: z.number().int().nonnegative(),
        abstain: z.number().int().nonnegative(),
        absent: z.number().int().nonnegative(),
      })
      .optional(),
  }),
});

export type AnalysisOutput = z.infer<typeof analysisOutputShape>;
