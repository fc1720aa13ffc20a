import { createTheme, type MantineThemeOverride } from '@mantine/core'

/** Lao marks above and below the line need room: every text style keeps line-height ≥ 1.6 and nothing clips. */
export const FONT_STACK = "'Noto Sans Lao', 'Noto Sans', sans-serif"

export const theme: MantineThemeOverride = createTheme({
  fontFamily: FONT_STACK,
  fontFamilyMonospace: "ui-monospace, 'Noto Sans Mono', 'Noto Sans Lao', monospace",
  primaryColor: 'indigo',
  lineHeights: { xs: '1.6', sm: '1.65', md: '1.7', lg: '1.7', xl: '1.7' },
  headings: {
    fontFamily: FONT_STACK,
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.6rem', lineHeight: '1.6' },
      h2: { fontSize: '1.3rem', lineHeight: '1.6' },
      h3: { fontSize: '1.1rem', lineHeight: '1.6' },
      h4: { fontSize: '1rem', lineHeight: '1.6' },
    },
  },
  components: {
    Badge: { defaultProps: { tt: 'none', radius: 'sm' }, styles: { root: { height: 'auto', minHeight: 22, paddingBlock: 1, overflow: 'visible', fontSize: 12, fontWeight: 600 }, label: { lineHeight: 1.6, overflow: 'visible', whiteSpace: 'normal' } } },
    Button: { styles: { label: { lineHeight: 1.6, overflow: 'visible' } } },
    Tooltip: { defaultProps: { multiline: true, maw: 360, withArrow: true }, styles: { tooltip: { lineHeight: 1.7 } } },
    Table: { defaultProps: { verticalSpacing: 6 } },
  },
})
