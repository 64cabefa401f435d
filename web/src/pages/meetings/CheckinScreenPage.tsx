import { useQuery } from '@tanstack/react-query';
import { Result, Spin, Typography } from 'antd';
import QRCode from 'qrcode';
import { type ReactNode, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';

interface Token {
  token: string;
  refreshAt: string;
  /** By the server's clock: the window the check-in itself enforces. */
  window: 'notOpen' | 'open' | 'ended' | 'unpublished';
  opensAt: string;
  endsAt: string;
  checkedIn: number;
  expected: number;
  sitting: { id: number; name: string };
  meeting: { id: number; title: string };
}

/** What the hall sees instead of a code while check-in is not open. */
function closedNotice(t: Token): string | null {
  if (t.window === 'notOpen') return `签到将于 ${formatTime(t.opensAt).slice(0, 16)} 开放`;
  if (t.window === 'ended') return `本场签到已于 ${formatTime(t.endsAt).slice(0, 16)} 结束`;
  if (t.window === 'unpublished') return '会议通知未发布或已取消，不能签到';
  return null;
}

/**
 * 签到大屏: the sitting's QR code on the hall's screen, full size; it changes every half minute
 * (a photo of it soon stops working) and leads the member's phone to the check-in page. Before
 * check-in opens and after it closes the screen says so instead; below the code, who has signed in.
 */
export function CheckinScreenPage() {
  const { sittingId } = useParams();
  const { data, error } = useQuery({
    queryKey: ['checkin-token', sittingId],
    queryFn: () => api.get<Token>(`/api/meetings/sittings/${sittingId}/checkin-token`),
    retry: false,
    refetchInterval: (q) =>
      q.state.error
        ? false
        : Math.max(1000, new Date(q.state.data?.refreshAt ?? 0).getTime() - Date.now() + 200),
  });
  const [image, setImage] = useState('');
  const url =
    data?.window === 'open'
      ? `${window.location.origin}/checkin/${sittingId}?t=${encodeURIComponent(data.token)}`
      : '';
  useEffect(() => {
    if (url) void QRCode.toDataURL(url, { width: 520, margin: 1 }).then(setImage);
  }, [url]);
  if (error) return <Result status="warning" title="无法显示签到码" subTitle={(error as Error).message} />;
  if (!data) return <Spin fullscreen tip="加载签到码" />;
  const notice = closedNotice(data);
  let body: ReactNode;
  if (notice) {
    body = (
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="checkin-closed">
        {data.sitting.name} · {notice}
      </Typography.Title>
    );
  } else {
    body = (
      <>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {data.sitting.name} · 请用手机扫码签到
        </Typography.Title>
        {image && (
          <img
            src={image}
            alt={`${data.sitting.name}签到二维码`}
            data-testid="checkin-qr"
            data-url={url}
            style={{ width: 'min(80vw, 520px)' }}
          />
        )}
        <Typography.Text type="secondary">二维码每 30 秒更新一次</Typography.Text>
      </>
    );
  }
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 16,
        background: '#fff',
      }}
    >
      <Typography.Title level={2} style={{ margin: 0, textAlign: 'center' }}>
        {data.meeting.title}
      </Typography.Title>
      {body}
      <Typography.Text data-testid="checkin-count" style={{ fontSize: 20 }}>
        已签到 {data.checkedIn} 人，应到 {data.expected} 人
      </Typography.Text>
    </main>
  );
}
