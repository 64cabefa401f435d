import { useMutation } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';

interface CheckinResult {
  already: boolean;
  late: boolean;
  checkedInAt: string;
  sitting: { id: number; name: string };
  meeting: { id: number; title: string };
}

/**
 * Where the hall's QR code leads: the member (signed in first if need be) is checked in at once
 * and sees the outcome; a second scan says so; an old or foreign code says to scan again.
 */
export function CheckinPage() {
  const { sittingId } = useParams();
  const [search] = useSearchParams();
  const token = search.get('t') ?? '';
  const checkin = useMutation({
    mutationFn: () =>
      api.post<CheckinResult>('/api/meetings/checkin', { sittingId: Number(sittingId), token }),
  });
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    checkin.mutate();
  }, [checkin]);
  if (checkin.isPending || checkin.isIdle) return <Spin fullscreen tip="正在签到" />;
  if (checkin.isError) {
    return (
      <Result
        status="warning"
        title="签到未成功"
        subTitle={(checkin.error as Error).message}
        extra={
          <Link to="/meetings/mine">
            <Button>我的会议</Button>
          </Link>
        }
      />
    );
  }
  const r = checkin.data;
  return (
    <Result
      status="success"
      title={r.already ? '您已签到' : r.late ? '签到成功（迟到）' : '签到成功'}
      subTitle={`${r.meeting.title} · ${r.sitting.name} · ${formatTime(r.checkedInAt).slice(0, 16)}`}
      extra={
        <Link to={`/meetings/${r.meeting.id}`}>
          <Button type="primary">查看会议</Button>
        </Link>
      }
    />
  );
}
