// If the 3D view cannot start (no WebGL context, a driver error), the guide still works: show why, never a blank
// page.
import { Component, type ReactNode } from 'react';

interface Props {
  fallback: ReactNode;
  children: ReactNode;
  /** Lets the page around the view change too (its label, its help), not only the view itself. */
  onFail?: () => void;
}

export class SceneBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.warn('The 3D view could not start:', error);
    this.props.onFail?.();
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
