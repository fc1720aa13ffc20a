import '@fontsource/noto-sans-lao/lao-400.css'
import '@fontsource/noto-sans-lao/lao-700.css'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-700.css'
import './mantine-styles'
import './global.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { I18nextProvider } from 'react-i18next'
import { setupI18n } from './i18n-setup'
import { theme } from './theme'
import { router } from './router'
import { ApiError } from './api/client'

const i18n = setupI18n()
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 404 will not become a 200 by asking again; a flaky line might.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
})

const root = document.getElementById('root')!
const start = () => createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
)

// The server drew this page's first screen (server/features/dashboard/first-paint): keep it until the page's own code
// and data are ready, so React replaces it with the same page rather than with an empty frame in between. (Not a
// top-level await: that makes the bundler split the entry into many more chunks, each a round trip on a slow line.)
if (root.querySelector('[data-first-paint]')) router.load().then(start, start)
else start()
