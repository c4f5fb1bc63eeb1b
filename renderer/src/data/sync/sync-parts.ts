import type { CallFailure } from './with-retry.ts';

/** The steps of one sync, in the order they run; `idle` between syncs. */
export type SyncPhase = 'idle' | 'push' | 'projects' | 'staff' | 'claims' | 'requests' | 'evidence';
export type SyncPart = Exclude<SyncPhase, 'idle'>;

export const partNames: Record<SyncPart, string> = {
  push: '上传审核结果',
  projects: '提交培训项目',
  staff: '下载人员信息',
  claims: '下载学时申报',
  requests: '下载变更与调转申请',
  evidence: '下载证明材料',
};
export const phaseNames: Record<SyncPart, string> = {
  push: `正在${partNames.push}`,
  projects: `正在${partNames.projects}`,
  staff: `正在${partNames.staff}`,
  claims: `正在${partNames.claims}`,
  requests: `正在${partNames.requests}`,
  evidence: `正在${partNames.evidence}`,
};

export interface PartFailure {
  readonly part: SyncPart;
  readonly failure: CallFailure;
}

/** A failure the next step would meet again at once: the sync stops there. */
export function endsTheSync(failure: CallFailure): boolean {
  return (
    failure.reason === 'sign-in' ||
    failure.reason === 'cancelled' ||
    (failure.reason === 'gave-up' && failure.failure.kind === 'network')
  );
}
