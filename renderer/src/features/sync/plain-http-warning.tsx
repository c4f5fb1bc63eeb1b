import { Alert } from 'antd';
import { plainHttpWarning } from '#shared/security/server-url.ts';
import { configuredServer } from '../../host/server-choice.ts';
import { useAsyncValue } from '../../ui/use-async.ts';

/** The shell's standing red warning while a remote server is reached over plain http. */
export function PlainHttpWarning() {
  const server = useAsyncValue('server', configuredServer);
  if (server?.ok !== true || server.value.plainHttpHost === null) return null;
  return (
    <Alert type="error" banner role="alert" title={plainHttpWarning(server.value.plainHttpHost)} />
  );
}
