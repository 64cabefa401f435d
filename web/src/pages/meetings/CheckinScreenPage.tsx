import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client';

interface Token {
  token: string;
  refreshAt: string;
  sitting: { id: number; name: string };
  meeting: { id: number; title: string };
}

/**
 * 签到大屏: the sitting's QR code on the hall's screen, full size; it changes every half minute
 * (a photo of it soon stops working) and leads the member's phone to the check-in page.
 */
export function CheckinScreenPage() {
  const { sittingId } = useParams();
  const { data } = useQuery({
    queryKey: ['checkin-token', sittingId],
    queryFn: () => api.get<Token>(`/api/meetings/sittings/${sittingId}/checkin-token`),
    refetchInterval: (q) =>
      Math.max(1000, new Date(q.state.data?.refreshAt ?? 0).getTime() - Date.now() + 200),
  });
  const [image, setImage] = useState('');
  const url = data
    ? `${window.location.origin}/checkin/${sittingId}?t=${encodeURIComponent(data.token)}`
    : '';
  useEffect(() => {
    if (url) void QRCode.toDataURL(url, { width: 520, margin: 1 }).then(setImage);
  }, [url]);
  if (!data) return <Spin fullscreen tip="加载签到码" />;
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
    </main>
  );
}
