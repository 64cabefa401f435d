import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useMeeting } from '../../features/meetings/api';
import { MeetingForm } from '../../features/meetings/MeetingForm';

/** 新建会议 (no id) or 修改会议 (one the caller may still edit). */
export function MeetingEditPage() {
  const { id } = useParams();
  const meeting = useMeeting(Number(id));
  if (id === undefined) return <MeetingForm />;
  if (meeting.isLoading) return <Skeleton active />;
  if (!meeting.data)
    return <Result status="404" title={(meeting.error as Error | null)?.message ?? '会议不存在'} />;
  if (!meeting.data.abilities.edit)
    return <Result status="warning" title={`该会议${meeting.data.statusLabel}，不能修改`} />;
  return <MeetingForm meeting={meeting.data} />;
}
