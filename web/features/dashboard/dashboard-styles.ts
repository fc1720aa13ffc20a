// Mantine styles only the dashboard uses: imported by its (lazy) page, so other pages do not download them.
import '@mantine/core/styles/Skeleton.css'
import './dashboard.css'
