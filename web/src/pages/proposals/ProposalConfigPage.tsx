import { Card, Tabs } from 'antd';
import { CalendarOverrides } from '../../features/proposals/config/CalendarOverrides';
import { ConfigCatalogue } from '../../features/proposals/config/ConfigCatalogue';
import { SettingsForm } from '../../features/proposals/config/SettingsForm';

/** 提案设置: categories, rejection grounds, deadlines and reply levels, the committee's calendar. */
export function ProposalConfigPage() {
  return (
    <Card>
      <Tabs
        items={[
          { key: 'categories', label: '提案类别', children: <ConfigCatalogue list="categories" /> },
          { key: 'reasons', label: '不予立案理由', children: <ConfigCatalogue list="reject-reasons" /> },
          { key: 'settings', label: '办理时限与答复类别', children: <SettingsForm /> },
          { key: 'calendar', label: '工作日历', children: <CalendarOverrides /> },
        ]}
      />
    </Card>
  );
}
