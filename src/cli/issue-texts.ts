/**
 * The CLI's part of the issue-message table: the texts of the codes only the command line
 * produces, and the names of what it reads, `[English, Chinese]`.
 * @module
 */
import type { IssueTexts } from '../core/errors.js';

/**
 * The CLI's issue texts.
 *
 * @example
 * ```ts
 * CLI_TEXTS.nouns.command;
 * //=> ['command', '命令']
 * ```
 */
export const CLI_TEXTS = {
  templates: {
    usage: (p) => [`usage: skillcert ${p.usage}`, `用法：skillcert ${p.usage}`],
    'not-json': (p) => [`not JSON: ${p.reason}`, `不是有效的 JSON：${p.reason}`],
  },
  nouns: {
    'year-month': ['YYYY-MM', 'YYYY-MM 格式的年月'],
    command: ['command', '命令'],
    language: ['language', '语言'],
    words: ['words of text', '个参数'],
  },
} as const satisfies IssueTexts;
