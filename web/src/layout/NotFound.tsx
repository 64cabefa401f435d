import { Result } from 'antd';

/** An address the registry does not have, or a page the role may not open (a chunk of its own: the
 * Result's illustrations weigh ~10 KB gzip that no other page needs). */
export function NotFound() {
  return <Result status="404" title="页面不存在或无权访问" />;
}
