// A small paper with one question of each kind, and its answer key, shared by the tests of
// scoring's refusals: s1 (single, 30), m1 (multiple, 30), a1 (short, 40).
import type { Paper } from '../../src/scoring/index.js';

export const paper: Paper = {
  sections: [
    { kind: 'single', questions: [{ id: 's1', points: 30 }] },
    { kind: 'multiple', questions: [{ id: 'm1', points: 30 }] },
    { kind: 'short', questions: [{ id: 'a1', points: 40 }] },
  ],
};
export const key = { s1: 'A', m1: ['A', 'B'] };
