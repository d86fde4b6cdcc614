import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hasWebGL2 } from './webgl';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App webgl={hasWebGL2()} />
  </StrictMode>,
);
