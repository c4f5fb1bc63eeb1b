import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError, logToHost } from '../host/log.ts';

interface Props {
  /** The page's route key, for the log line (`page:inbox`). */
  readonly pageKey: string;
  readonly children: ReactNode;
}

interface State {
  readonly hasError: boolean;
  /** Bumped by 重新加载此页, so the page mounts afresh and loads its data again. */
  readonly attempt: number;
}

/**
 * One page's error stays in that page: the shell, the menu and the sync keep running, the error
 * is logged, and the page can be loaded again. Decisions are written to the local database
 * when they are made, so none is lost with the page.
 */
export class PageBoundary extends Component<Props, State> {
  override state: State = { hasError: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    logToHost(
      'error',
      `page:${this.props.pageKey}`,
      `${describeError(error)}\ncomponent stack:${info.componentStack ?? ''}`,
    );
  }

  private readonly reload = () => {
    this.setState((state) => ({ hasError: false, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    if (!this.state.hasError) {
      return <PageAttempt key={this.state.attempt}>{this.props.children}</PageAttempt>;
    }
    return (
      <Result
        status="error"
        title="此页出错了"
        subTitle={
          '已做出的审核结果都保存在本机，不会丢失。请点“重新加载此页”；' +
          '如仍出错，请从 帮助 → 导出诊断信息 保存诊断包，发给技术支持。'
        }
        extra={
          <Button type="primary" onClick={this.reload}>
            重新加载此页
          </Button>
        }
      />
    );
  }
}

function PageAttempt({ children }: { children: ReactNode }) {
  return children;
}
