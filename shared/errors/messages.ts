import { appError, type AppError, type ErrorCode } from './result.ts';

/**
 * The standard message of each error code: what happened and what to do next. A place that knows
 * more (which field, which record) says it in its own message with the same code.
 */
export const errorMessages: Readonly<Record<ErrorCode, string>> = {
  validation: '填写的内容不符合要求，请按提示改正后再试。',
  conflict: '记录已被修改，请刷新后再试。',
  network: '无法连接省平台，请检查网络后重试；已做的审核保存在本机，不会丢失。',
  server_busy: '省平台繁忙，稍后会自动重试；已做的审核保存在本机，不会丢失。',
  unauthorized: '登录已过期，请重新输入密码；待同步的审核不会丢失。',
  storage_full:
    '本机存储空间已满，刚才的内容没有保存。请清理磁盘空间后再点一次保存；已填写的内容仍在。',
  storage_broken:
    '本机数据读写出错，刚才的内容没有保存。请关闭并重新打开本程序后再试；如仍出错请联系技术支持，切勿清除浏览器数据。',
  invalid_data: '省平台返回的数据格式不正确；已收到的其他数据不受影响，请稍后重试或联系省平台。',
  not_found: '找不到该记录，请刷新后再试。',
  internal: '操作失败，请重试；如仍失败请联系技术支持。',
};

/** The code's standard error, with an English detail for the log. */
export function standardError(code: ErrorCode, detail?: string): AppError {
  return appError(code, errorMessages[code], detail);
}
