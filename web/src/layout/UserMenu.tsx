import { FontSizeOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Dropdown, type MenuProps } from 'antd';
import { cloneElement, type MouseEvent, type ReactElement, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSessionActions } from '../api/session';
import type { DeferredPopupProps } from './deferredPopup';

/**
 * The account's menu (字号, 修改密码, 退出登录) around the header's name button. A chunk of its own,
 * fetched when the button is first pointed at, focused or pressed (useDeferredPopup). It opens on
 * hover as before, and also when pressed, so Enter or Space opens it from the keyboard (Tab then
 * moves into it, Esc closes it and gives the button its focus back: Dropdown's own keys).
 */
export function UserMenu({
  button,
  initiallyOpen,
  onTextScale,
}: DeferredPopupProps & { onTextScale: () => void }) {
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
  const pressable = cloneElement(button as ReactElement<{ onClick?: (e: MouseEvent) => void }>, {
    onClick: () => setOpen(true),
  });
  return (
    <Dropdown menu={{ items }} placement="bottomRight" open={open} onOpenChange={setOpen}>
      {pressable}
    </Dropdown>
  );
}
