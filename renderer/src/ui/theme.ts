import type { ThemeConfig } from 'antd';

/**
 * Ant Design's default greys for secondary text, labels and placeholders (45 % and 25 % black)
 * fall short of WCAG AA's 4.5:1 on white; these are the lightest that reach it (60 % black is
 * 5.7:1, 55 % is 4.7:1), so the screens keep their quiet look and stay readable.
 */
const secondaryText = 'rgba(0, 0, 0, 0.6)';

export const appTheme: ThemeConfig = {
  zeroRuntime: true,
  token: {
    colorPrimary: '#1f5fbf',
    colorLink: '#1f5fbf',
    borderRadius: 4,
    colorTextSecondary: secondaryText,
    colorTextTertiary: secondaryText,
    colorTextDescription: secondaryText,
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Coloured text (Typography's success, warning and danger) in the palette's darker shades.
    colorSuccessText: '#237804',
    colorWarningText: '#ad4e00',
    colorErrorText: '#cf1322',
    // The danger button's word (不通过) is drawn in colorError itself.
    colorError: '#cf1322',
  },
  components: {
    Descriptions: { labelColor: secondaryText },
  },
};
