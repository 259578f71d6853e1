import { it } from 'vitest';
import { problemsWith } from './minimal-content.ts';
it('base', () => { console.log(problemsWith({}).join('\n') || 'NONE'); });
