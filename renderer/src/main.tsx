import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { installErrorLogging } from './host/log.ts';
// antd's styles as one static sheet (with zeroRuntime in app.tsx): components no longer build and
// register their CSS at runtime each time they mount, which was most of opening a screen.
import 'antd/dist/antd.css';
import './app/app.css';

installErrorLogging();
const root = document.getElementById('root');
if (root === null) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
