/** Joins class names, skipping falsy ones: cn('badge', ok && 'ok'). */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}
