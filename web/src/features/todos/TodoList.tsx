import { RightOutlined } from '@ant-design/icons';
import { Badge, Empty, theme } from 'antd';
import { Link } from 'react-router';
import { PlainList } from '../../components/PlainList';
import type { Todo } from './api';

/** The to-dos as links to the work: the count of each, overdue work first and in red. */
export function TodoList({ todos, onOpen }: { todos: Todo[]; onOpen?: () => void }) {
  const { token } = theme.useToken();
  if (todos.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待办事项" />;
  }
  return (
    <PlainList
      items={todos}
      rowKey={(t) => t.key}
      render={(t) => (
        <Link
          to={t.link}
          onClick={onOpen}
          style={{ display: 'flex', width: '100%', alignItems: 'center', gap: 8 }}
          data-testid={`todo-${t.key}`}
        >
          <span style={{ flex: 1, color: t.urgent ? token.colorError : token.colorText }}>{t.label}</span>
          <Badge count={t.count} overflowCount={999} color={t.urgent ? '#b7282e' : '#595959'} />
          <RightOutlined aria-hidden />
        </Link>
      )}
    />
  );
}
