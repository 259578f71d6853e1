/**
 * A build error in an administrator's words: which file (the content file when
 * the error names one), which line, and what went wrong, without a stack trace.
 * Content is checked before the build renders anything, so this is for what the
 * check cannot foresee (a picture that cannot be processed, a disk that is full).
 */
export function describeBuildError(error: unknown, display: (path: string) => string): string {
  // The bundler gathers errors into one whose message only counts them: report the first.
  const inner = (error as { errors?: unknown[] } | undefined)?.errors?.[0];
  if (inner) return describeBuildError(inner, display);
  const e = (error ?? {}) as { message?: unknown; loc?: { file?: string; line?: number; column?: number }; id?: string; hint?: unknown; title?: unknown; cause?: unknown };
  const file = e.loc?.file ?? e.id;
  const place = file ? [display(file.replace(/\?.*$/, '')), e.loc?.line, e.loc?.line && e.loc?.column].filter(Boolean).join(':') : '';
  const firstLine = (text: unknown) => (typeof text === 'string' ? text.split('\n').find((line) => line.trim() !== '')?.trim() : undefined);
  const message = firstLine(e.message) ?? firstLine(e.title) ?? firstLine((e.cause as { message?: unknown } | undefined)?.message) ?? String(error);
  const hint = firstLine(e.hint);
  const what = `${place ? `${place} ` : ''}could not be built: ${message.replace(/\s+at\s+\S+:\d+:\d+.*$/, '').replace(/[.\s]*$/, '.')}`;
  return hint ? `${what} ${hint}` : what;
}
