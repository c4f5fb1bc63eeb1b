import { dialog, type BrowserWindow } from 'electron';
import { feedConfirmation } from './update-policy.ts';

/** The reviewer's own yes, in main's native dialog, before updates come from another place. */
export function confirmFeedInDialog(window: () => BrowserWindow | null) {
  return async (feedUrl: string | null): Promise<boolean> => {
    const question = feedConfirmation(feedUrl);
    const options = {
      type: 'question' as const,
      title: '继续教育学时审核',
      message: question.message,
      detail: question.detail,
      buttons: [...question.buttons],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const owner = window();
    const { response } = owner
      ? await dialog.showMessageBox(owner, options)
      : await dialog.showMessageBox(options);
    return response === 0;
  };
}
