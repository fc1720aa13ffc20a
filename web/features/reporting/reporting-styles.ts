// Styles only the reporting pages use: imported by those (lazy) pages, so a plan reader never downloads them.
import '@mantine/core/styles/ModalBase.css'
import '@mantine/core/styles/Modal.css'
import './reporting.css'
