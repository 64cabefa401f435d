import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';

interface Contact {
  memberId: number;
  name: string;
  phoneMasked: string | null;
}

/**
 * The lead proposer's phone for the unit that must call within 15 working days: masked until the
 * unit asks for the full number, which the server records in the audit log.
 */
export function ProposerPhone({ proposalId, contact }: { proposalId: number; contact: Contact }) {
  const [phone, setPhone] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reveal = async () => {
    setLoading(true);
    setError(null);
    try {
      const r = await api.post<{ phone: string | null }>(`/api/proposals/${proposalId}/proposer-phone`, {});
      setPhone(r.phone);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };
  if (!contact.phoneMasked) return <span>{contact.name}：未登记手机号</span>;
  return (
    <Space wrap data-testid="proposer-phone">
      <span>{contact.name}</span>
      {phone ? (
        <a href={`tel:${phone}`}>{phone}</a>
      ) : (
        <>
          <span>{contact.phoneMasked}</span>
          <Button size="small" loading={loading} onClick={reveal}>
            查看完整号码
          </Button>
          <Typography.Text type="secondary">查看将记入审计日志</Typography.Text>
        </>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}
