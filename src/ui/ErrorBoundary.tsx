import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the children after they threw; `retry` renders them again. */
  fallback(retry: () => void): ReactNode;
  /** A change (a new route) forgets the error and renders the children again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: unknown;
}

/**
 * Catches what its children throw while rendering, so that one broken page
 * does not unmount the whole app. Nothing is sent anywhere: the error goes to
 * the console only (React logs it there too).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown): void {
    console.error('A page could not be shown', error);
  }

  retry = () => this.setState({ failed: false });

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
