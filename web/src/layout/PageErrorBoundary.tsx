import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** The page's address: going elsewhere tries again. */
  resetKey: string;
}

/**
 * A page that fails to draw says so, with a way out, instead of leaving the screen white. The
 * usual cause is a deployment while the tab was open: the page's chunk is gone (see staleChunks.ts).
 */
export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(prev: Props) {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="error"
        title="页面未能打开"
        subTitle="系统可能刚刚更新，请刷新页面后重试。"
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        }
      />
    );
  }
}
