// How much of a quote is found, in order, in one paragraph.
//
// A weighted in-order alignment (longest common subsequence with gap costs) over content tokens:
// every quote token found counts 1, in order. Quote tokens that are missing cost nothing beyond
// their missing credit (a later text of the series adds words). Inside one fragment, a jump of
// more than NEAR paragraph tokens between two matched tokens costs JUMP_COST, so that common
// words scattered across a long paragraph ("concern … Government … Cambodia") do not add up to a
// match; across an ellipsis the jump is free, since the quote's author cut text there.

/** Paragraph tokens that may sit unmatched between two matched ones at no cost (rewording). */
const NEAR = 3;
/** Cost of a longer jump, in matched words: a lone word far from the rest is no evidence. */
const JUMP_COST = 1;

export interface Alignment {
  /** Matched weight over quote weight, 0..1. */
  score: number;
  /** Net matched weight (matched words minus jump costs). */
  matched: number;
}

export function align(fragments: readonly (readonly string[])[], paragraph: readonly string[]): Alignment {
  const m = paragraph.length;
  const total = fragments.reduce((n, f) => n + f.length, 0);
  if (total === 0 || m === 0) return { score: 0, matched: 0 };

  // Rows over paragraph positions, rolled over quote tokens. For the alignments ending with the
  // current quote token matched at j: `col` = best over quote tokens so far in this fragment at
  // exactly j; `box` = best over this fragment's tokens so far and positions ≤ j; `all` = the same
  // over every fragment so far; `cross` = `all` as it stood before this fragment began.
  let col = new Float64Array(m).fill(-Infinity);
  let box = new Float64Array(m).fill(-Infinity);
  let all = new Float64Array(m).fill(-Infinity);
  let best = 0;
  for (const fragment of fragments) {
    const cross = all;
    col = new Float64Array(m).fill(-Infinity);
    box = new Float64Array(m).fill(-Infinity);
    for (const token of fragment) {
      const nextCol = new Float64Array(m);
      const nextBox = new Float64Array(m);
      const nextAll = new Float64Array(m);
      for (let j = 0; j < m; j++) {
        let here = -Infinity;
        if (paragraph[j] === token) {
          let before = 0;
          if (j > 0) before = Math.max(before, cross[j - 1] ?? -Infinity);
          for (let k = j - 1; k >= 0 && k >= j - 1 - NEAR; k--) before = Math.max(before, col[k] ?? -Infinity);
          const far = j - 2 - NEAR;
          if (far >= 0) before = Math.max(before, (box[far] ?? -Infinity) - JUMP_COST);
          here = 1 + before;
          if (here > best) best = here;
        }
        nextCol[j] = Math.max(col[j] ?? -Infinity, here);
        nextBox[j] = Math.max(j > 0 ? (nextBox[j - 1] ?? -Infinity) : -Infinity, box[j] ?? -Infinity, here);
        nextAll[j] = Math.max(j > 0 ? (nextAll[j - 1] ?? -Infinity) : -Infinity, all[j] ?? -Infinity, here);
      }
      col = nextCol;
      box = nextBox;
      all = nextAll;
    }
  }
  return { score: best / total, matched: best };
}
