import type { ApiFailure } from './api-client.ts';
import type { CallFailure } from './with-retry.ts';

/** What a reviewer reads when a call to the provincial platform fails. */
export function failureMessage(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'network':
      return '无法连接省平台，请检查网络后重试；已做的审核保存在本机，不会丢失。';
    case 'malformed':
      return '省平台返回的数据格式不正确，已停止本次同步；请稍后重试或联系省平台。';
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
      return '登录已过期，请重新输入密码；待同步的审核不会丢失。';
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

export function callFailureMessage(failure: CallFailure): string {
  return failureMessage(failure.failure);
}
