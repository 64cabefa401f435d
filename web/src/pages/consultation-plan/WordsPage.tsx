import { useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { useMessage } from '../../feedback/message';

type Words = ApiResponse<'/api/sensitive-words'>;

/** 敏感词: the list public topics are screened with; a hit holds the topic for moderation. */
export function WordsPage() {
  const message = useMessage();
  const list = useQuery({
    queryKey: ['/api/sensitive-words'],
    queryFn: () => api.get<Words>('/api/sensitive-words'),
  });
  const [word, setWord] = useState('');
  const run = (p: Promise<Words>) =>
    p.then(() => list.refetch()).catch((e) => message.error((e as Error).message));
  return (
    <Card title="敏感词">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">
          群众提交的议题含有下列词语时，暂不公开，在审核列表中标出所含词语，由工作人员审核。
        </Typography.Paragraph>
        <Space.Compact style={{ maxWidth: 360, width: '100%' }}>
          <Input
            aria-label="新敏感词"
            placeholder="输入敏感词"
            maxLength={20}
            value={word}
            onChange={(e) => setWord(e.target.value)}
          />
          <Button
            type="primary"
            disabled={!word.trim()}
            onClick={() =>
              run(api.post<Words>('/api/sensitive-words', { word: word.trim() })).then(() => setWord(''))
            }
          >
            添加
          </Button>
        </Space.Compact>
        <Space wrap size={[4, 8]} aria-label="敏感词列表">
          {list.data?.items.map((w) => (
            <Tag key={w.id}>
              {w.word}
              <Button
                type="link"
                size="small"
                aria-label={`删除${w.word}`}
                onClick={() => void run(api.delete<Words>(`/api/sensitive-words/${w.id}`))}
              >
                ×
              </Button>
            </Tag>
          ))}
        </Space>
      </Space>
    </Card>
  );
}
