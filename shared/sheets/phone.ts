/** Phone checks for the forms; shared/validators takes over once it lands. */

/** Drops spaces, dashes inside mobile numbers and a +86 prefix, as people paste them. */
export function normalizeMobile(raw: string): string {
  return raw
    .trim()
    .replace(/[\s-]/g, '')
    .replace(/^(\+?86)(?=1\d{10}$)/, '');
}

export function mobileProblem(mobile: string): string | undefined {
  return /^1[3-9]\d{9}$/.test(mobile) ? undefined : '手机号码应为 11 位数字，以 1 开头';
}

export function normalizeLandline(raw: string): string {
  return raw
    .trim()
    .replace(/\s+/g, '')
    .replace(/[（(]/g, '')
    .replace(/[）)]/g, '-')
    .replace(/--+/g, '-');
}

/** 0531-12345678, 053112345678, 12345678, with an optional extension -123; a mobile is accepted too. */
export function landlineProblem(landline: string): string | undefined {
  if (/^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/.test(landline)) return undefined;
  if (/^1[3-9]\d{9}$/.test(landline)) return undefined;
  return '座机号格式不正确，应如 0531-12345678';
}
