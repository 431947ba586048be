import { createTheme, Modal } from '@mantine/core'

/** The app's look, shared by the app and its component tests. */
export const theme = createTheme({
  primaryColor: 'violet',
  defaultRadius: 'md',
  components: {
    // Every dialog's close button gets a name a screen reader can say.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
})
