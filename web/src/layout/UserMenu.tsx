import { FontSizeOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Dropdown, type MenuProps } from 'antd';
import { type ReactElement, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSessionActions } from '../api/session';

/**
 * The account's menu (字号, 修改密码, 退出登录) around the header's name button. A chunk of its own,
 * fetched when the button is first pointed at, focused or pressed: it opens then as it would have.
 */
export function UserMenu({
  button,
  initiallyOpen,
  onTextScale,
}: {
  button: ReactElement;
  initiallyOpen: boolean;
  onTextScale: () => void;
}) {
  const navigate = useNavigate();
  const { logout } = useSessionActions();
  const [open, setOpen] = useState(initiallyOpen);
  const items: MenuProps['items'] = [
    { key: 'text-scale', icon: <FontSizeOutlined />, label: '字号 / 长辈模式', onClick: onTextScale },
    { key: 'pwd', icon: <UserOutlined />, label: '修改密码', onClick: () => navigate('/change-password') },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: '退出登录',
      onClick: async () => {
        await logout();
        navigate('/login');
      },
    },
  ];
  return (
    <Dropdown menu={{ items }} placement="bottomRight" open={open} onOpenChange={setOpen}>
      {button}
    </Dropdown>
  );
}
