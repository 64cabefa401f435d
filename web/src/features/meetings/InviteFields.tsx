import { Checkbox, Form, Select } from 'antd';
import { POSITIONS } from '../../../../domain/members';
import { type CatalogueSegment, useCatalogueOptions } from '../members/api';
import { CosignerPicker } from '../proposals/CosignerPicker';

function CatalogueMulti({
  name,
  label,
  segment,
}: {
  name: string;
  label: string;
  segment: CatalogueSegment;
}) {
  const options = useCatalogueOptions(segment);
  return (
    <Form.Item name={['invite', name]} label={label}>
      <Select
        mode="multiple"
        allowClear
        options={options.data ?? []}
        placeholder={`选择${label}`}
        aria-label={label}
        optionFilterProp="label"
      />
    </Form.Item>
  );
}

/**
 * 参会范围: all members, or anyone matching a position, sector, special committee, liaison or
 * activity group, plus members picked by hand; and the 列席 leaders and units (no leave duty).
 * A form that names its leaders and units elsewhere (a consultation activity's 邀请领导/邀请部门,
 * which become the meeting's 列席) leaves the last two out with `attendees={false}`.
 */
export function InviteFields({
  knownMembers,
  attendees = true,
}: {
  knownMembers?: { memberId: number; name: string }[];
  attendees?: boolean;
}) {
  const all = Form.useWatch(['invite', 'allMembers']);
  return (
    <>
      <Form.Item name={['invite', 'allMembers']} valuePropName="checked">
        <Checkbox>全体委员</Checkbox>
      </Form.Item>
      {!all && (
        <>
          <Form.Item name={['invite', 'positions']} label="职务">
            <Select
              mode="multiple"
              allowClear
              options={POSITIONS.map((p) => ({ value: p, label: p }))}
              placeholder="选择职务"
              aria-label="职务"
            />
          </Form.Item>
          <CatalogueMulti name="sectorIds" label="界别" segment="sectors" />
          <CatalogueMulti name="specialCommitteeIds" label="专门委员会" segment="special-committees" />
          <CatalogueMulti name="liaisonGroupIds" label="委员联络组" segment="liaison-groups" />
          <CatalogueMulti name="activityGroupIds" label="委员活动组" segment="activity-groups" />
          <Form.Item name={['invite', 'memberIds']} label="指定委员">
            <CosignerPicker label="指定委员" known={knownMembers} />
          </Form.Item>
        </>
      )}
      {attendees && (
        <>
          <CatalogueMulti name="leaderIds" label="列席领导" segment="leaders" />
          <CatalogueMulti name="unitIds" label="列席单位" segment="handling-units" />
        </>
      )}
    </>
  );
}
