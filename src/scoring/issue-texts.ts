/**
 * The scoring subpath's part of the issue-message table: the texts of the codes only scoring
 * produces, and the names of what papers, keys and responses hold, `[English, Chinese]`.
 * @module
 */
import type { IssueTexts } from '../core/errors.js';
import { conflictingKeys } from '../core/issue-messages.js';

/**
 * The scoring issue texts.
 *
 * @example
 * ```ts
 * SCORING_TEXTS.nouns.questions;
 * //=> ['questions', '道题']
 * ```
 */
export const SCORING_TEXTS = {
  templates: {
    'conflicting-keys': conflictingKeys,
    'duplicate-id': (p) => [`duplicate question id ${p.id} (also at ${p.at})`, `题号重复：${p.id}（${p.at} 已使用）`],
    'wrong-total': (p, noun) => {
      const [en, zh] = noun(p.what);
      return [`the ${en}'s points total ${p.total}, not ${p.expected}`, `${zh}总分为 ${p.total}，应为 ${p.expected}`];
    },
    'invalid-points': (p) =>
      p.of === 'grader'
        ? [`the grader's points must be a finite number ≥ 0 with at most two decimals; got ${p.value}`, `评分应为不小于 0、最多两位小数的数字，实际为 ${p.value}`]
        : [`points must be a number above 0 and at most 100, with at most two decimals; got ${p.value}`, `分值应大于 0、不超过 100，最多两位小数，实际为 ${p.value}`],
    'unknown-question': (p) => [`no question ${p.id} in the paper`, `试卷中没有题目 ${p.id}`],
    'no-answer-key': (p) => [`missing the right option(s) of choice question ${p.id}`, `选择题 ${p.id} 缺少标准答案`],
    'one-right-option': (p) => [`a single-choice key names exactly one option; got ${p.count}`, `单选题的标准答案只能有 1 个选项，实际为 ${p.count} 个`],
  },
  nouns: {
    paper: ['a paper { sections: [...] }', '试卷 { sections: [...] }'],
    'section-list': ['an array of sections', '题型部分数组'],
    'question-list': ['an array of questions', '题目数组'],
    'option-list': ['an array of options', '选项数组'],
    section: ['a section { kind, questions }', '题型部分 { kind, questions }'],
    question: ['a question { id, points }', '题目 { id, points }'],
    'question-id': ['a question id (a non-empty string)', '题号（非空字符串）'],
    option: ['an option (a non-empty string)', '选项（非空字符串）'],
    'right-options': ['the right option (a non-empty string) or options (a non-empty array of strings)', '标准答案（非空字符串，或非空字符串数组）'],
    response: ["the picked option(s) (a string or an array of strings), the grader's points (a number) or null", '所选选项（字符串或字符串数组）、评分（数字）或 null'],
    'picked-options': ['the picked option(s), not a number', '所选选项，不能是数字'],
    'grader-points-number': ["the grader's points (a number)", '评分（数字）'],
    'answer-key': ['an object of right options by question id', '按题号给出标准答案的对象'],
    responses: ['an object of responses by question id', '按题号给出作答的对象'],
    blueprint: ['a blueprint such as { single: [40, 1], short: [4, 15] }', '组卷方案，如 { single: [40, 1], short: [4, 15] }'],
    'count-points': ['[count, points]', '[题数, 分值]'],
    'scoring-policy': ['a scoring policy such as { multiple: { partial: 0.5 } }', '评分规则，如 { multiple: { partial: 0.5 } }'],
    'question-type': ['question type', '题型'],
    'multiple-policy': ['multiple-choice policy', '多选题评分规则'],
    'question-count': ['a whole number of questions', '题目数量'],
    'grader-points': ["the grader's points", '评分'],
    'partial-credit': ['a partial-credit fraction', '部分得分比例'],
    'scoring-policy-field': ['policy', '评分规则'],
    'answer-options': ['options', '个选项'],
    questions: ['questions', '道题'],
    sections: ['sections', '个题型部分'],
    'paper-points': ['paper', '试卷'],
    'blueprint-points': ['blueprint', '组卷方案'],
  },
} as const satisfies IssueTexts;
