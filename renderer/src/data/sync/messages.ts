import { errorMessages } from '#shared/errors/messages.ts';
import {
  appError,
  missingCaseError,
  type AppError,
  type ErrorCode,
} from '#shared/errors/result.ts';
import type { ApiFailure } from './api-client.ts';
import type { CallFailure } from './with-retry.ts';

/** What a reviewer reads when a call to the provincial platform fails. */
export function failureMessage(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'network':
      return errorMessages.network;
    case 'malformed':
      return '省平台返回的数据格式不正确，此项已停止，其余照常；请稍后重试或联系省平台。';
    case 'http':
      return httpMessage(failure.status, failure.problemType, failure.retryAfterSeconds);
  }
}

function httpMessage(
  status: number,
  problemType: string | undefined,
  retryAfter: number | undefined,
): string {
  if (problemType?.endsWith('/password-change-required') === true) return '请先修改初始密码。';
  switch (status) {
    case 400:
      return '请求内容不符合省平台接口要求，请联系技术支持。';
    case 401:
      return errorMessages.unauthorized;
    case 403:
      return '没有权限访问该单位的数据。';
    case 404:
      return '省平台上找不到该记录。';
    case 413:
      return '一次提交的数据过大，请联系技术支持。';
    case 423:
      return `账号已被锁定，请在 ${Math.ceil((retryAfter ?? 900) / 60)} 分钟后再试。`;
    case 429:
      return '省平台繁忙（请求过多），稍后会自动重试。';
    case 503:
      return '省平台暂时不可用，稍后会自动重试。';
    default:
      return status >= 500
        ? '省平台出现内部错误，稍后会自动重试。'
        : `省平台拒绝了请求（${status}）。`;
  }
}

/** Whether the platform is busy or down for a while rather than refusing: it is worth a wait. */
export function isServerBusy(failure: ApiFailure): boolean {
  return failure.kind === 'http' && (failure.status >= 500 || [408, 429].includes(failure.status));
}

function apiErrorCode(failure: ApiFailure): ErrorCode {
  switch (failure.kind) {
    case 'network':
      return 'network';
    case 'malformed':
      return 'invalid_data';
    case 'http':
      if (isServerBusy(failure)) return 'server_busy';
      if ([401, 403, 423].includes(failure.status)) return 'unauthorized';
      if (failure.status === 404) return 'not_found';
      return failure.status === 400 || failure.status === 413 ? 'validation' : 'internal';
  }
}

export const stoppedWaitingMessage =
  '已停止等待省平台；待同步的审核保存在本机，可稍后再点“立即同步”。';

/** A failed sync step in the one vocabulary of errors, with its message for the reviewer. */
export function syncError(failure: CallFailure): AppError {
  switch (failure.reason) {
    case 'local':
      return failure.failure.error;
    case 'cancelled':
      return appError('server_busy', stoppedWaitingMessage);
    case 'sign-in':
      return appError('unauthorized', failureMessage(failure.failure));
    case 'refused':
    case 'gave-up':
      return appError(apiErrorCode(failure.failure), failureMessage(failure.failure));
    default:
      throw missingCaseError(failure);
  }
}

export function callFailureMessage(failure: CallFailure): string {
  return syncError(failure).message;
}

/** The sync page's line while a busy platform is waited for, with the time the next try starts. */
export function busyWaitMessage(retryAt: Date): string {
  const time = retryAt.toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    // h23, not hour12: false, which some ICU versions print as 24:05 after midnight.
    hourCycle: 'h23',
  });
  return `省平台繁忙，将于 ${time} 重试`;
}

/** Decisions whose answer from the platform was unreadable: kept, and asked about again. */
export function heldBackMessage(count: number): string {
  return `${count} 条审核结果的省平台答复格式不正确，已暂缓；下次同步时会再次提交以确认结果（省平台不会重复记录）。`;
}

/** The same, on the one decision, with what was wrong in its answer. */
export function heldBackDetail(problem: string): string {
  return `省平台对这条审核结果的答复格式不正确（${problem}），已暂缓；下次同步时会再次提交以确认结果（省平台不会重复记录）。`;
}
