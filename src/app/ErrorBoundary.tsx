import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
}
interface State {
  readonly error: Error | null;
}

/** Shows what went wrong instead of a blank page, and keeps the error in the console for e2e. */
export default class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('VPC Flow Lab crashed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        role="alert"
        className="mx-auto mt-16 max-w-xl rounded-lg border border-red-300 bg-red-50 p-6"
      >
        <h1 className="text-lg font-semibold text-red-900">Something went wrong</h1>
        <pre className="mt-2 text-sm whitespace-pre-wrap text-red-800">{error.message}</pre>
        <button
          type="button"
          className="mt-4 rounded bg-red-700 px-3 py-1 text-sm text-white hover:bg-red-800"
          onClick={() => window.location.reload()}
        >
          Reload
        </button>
      </div>
    );
  }
}
