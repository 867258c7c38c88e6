import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the section shows, as the rep knows it: "What they told you", "Timeline". */
  name: string;
  children: ReactNode;
}

/**
 * Keeps a section that fails to render (a damaged record, a bug) from blanking the whole
 * screen: it alone is replaced by a short notice, and the sections beside it stay.
 */
export class SectionBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Rapport could not show ${this.props.name}`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="error section-failed">
        {this.props.name} could not be shown: a record in it is damaged. The rest is safe.
      </p>
    );
  }
}
