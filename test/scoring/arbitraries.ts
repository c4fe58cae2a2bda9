// The scoring tests' arbitraries, now the public ones of src/testing (skillcert/testing).
export { arbPaperWithResponses, CHOICE_OPTIONS as OPTIONS, type PaperOptions, type PaperWithResponses } from '../../src/testing/index.js';
