// `npm run docs`, second half: every exported value (function, constant, class) carries
// TSDoc with an @example, and every exported type a summary. Reads typedoc's JSON model
// (written by the first half) so the check sees exactly what the API site shows.
import { readFileSync } from 'node:fs';

interface Reflection {
  name: string;
  kind: number;
  comment?: { summary?: unknown[]; blockTags?: { tag: string }[] };
  signatures?: Reflection[];
  children?: Reflection[];
}

// typedoc ReflectionKind values.
const MODULE = 2;
const VALUE_KINDS = new Set([32 /* Variable */, 64 /* Function */, 128 /* Class */]);
const TYPE_KINDS = new Set([256 /* Interface */, 2097152 /* TypeAlias */]);

const project = JSON.parse(readFileSync('.tmp/api.json', 'utf8')) as Reflection;
const problems: string[] = [];

function commentOf(reflection: Reflection): Reflection['comment'] {
  return reflection.comment ?? reflection.signatures?.find((signature) => signature.comment)?.comment;
}

function visit(reflection: Reflection, where: string): void {
  for (const child of reflection.children ?? []) {
    const path = `${where}${child.name}`;
    if (child.kind === MODULE) visit(child, `${child.name}: `);
    else if (VALUE_KINDS.has(child.kind)) {
      const comment = commentOf(child);
      if (comment === undefined || (comment.summary ?? []).length === 0) problems.push(`${path}: no TSDoc`);
      else if (!(comment.blockTags ?? []).some((tag) => tag.tag === '@example')) problems.push(`${path}: no @example`);
    } else if (TYPE_KINDS.has(child.kind) && (commentOf(child)?.summary ?? []).length === 0) problems.push(`${path}: no TSDoc`);
  }
}

visit(project, '');
if (problems.length > 0) {
  console.error(`${problems.length} exports lack documentation:\n${[...new Set(problems)].join('\n')}`);
  process.exit(1);
}
console.log('every export documented, every value with an @example');
