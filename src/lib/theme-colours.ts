/**
 * Derives Starlight's accent palette from one brand colour, and checks it is
 * readable: WCAG 2.2 asks for 4.5:1 for text such as links.
 */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(a: Rgb, b: Rgb, amountOfB: number): Rgb {
  return a.map((c, i) => c + (b[i]! - c) * amountOfB) as Rgb;
}

/** Relative luminance, WCAG 2.2 definition. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

const white: Rgb = [255, 255, 255];
const black: Rgb = [0, 0, 0];

/** The lightest shade of `accent` (mixing in black) that reaches `ratio` against white. */
export function darkenForContrast(accent: string, ratio = 4.5): string {
  const base = parseHex(accent);
  for (let step = 0; step <= 100; step++) {
    const candidate = toHex(mix(base, black, step / 100));
    if (contrastRatio(candidate, '#ffffff') >= ratio) return candidate;
  }
  return '#000000';
}

export interface AccentPalette {
  light: { low: string; accent: string; high: string };
  dark: { low: string; accent: string; high: string };
}

/** Starlight's six accent variables (three per theme) from one colour. */
export function accentPalette(accent: string): AccentPalette {
  const base = parseHex(darkenForContrast(accent));
  return {
    light: { low: toHex(mix(base, white, 0.85)), accent: toHex(base), high: toHex(mix(base, black, 0.45)) },
    dark: { low: toHex(mix(base, black, 0.6)), accent: toHex(mix(base, white, 0.25)), high: toHex(mix(base, white, 0.75)) },
  };
}

export function themeCss(accent: string): string {
  const { light, dark } = accentPalette(accent);
  return [
    `:root { --sl-color-accent-low: ${dark.low}; --sl-color-accent: ${dark.accent}; --sl-color-accent-high: ${dark.high}; }`,
    `:root[data-theme='light'] { --sl-color-accent-low: ${light.low}; --sl-color-accent: ${light.accent}; --sl-color-accent-high: ${light.high}; }`,
  ].join('\n');
}
