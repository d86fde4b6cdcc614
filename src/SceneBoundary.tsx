// If the 3D view cannot start (no WebGL context, a driver error), the guide still works: show why, never a blank
// page.
import { Component, type ReactNode } from 'react';

interface Props {
  fallback: ReactNode;
  children: ReactNode;
}

export class SceneBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.warn('The 3D view could not start:', error);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
