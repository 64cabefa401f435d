import { Col, DatePicker, Form, type FormItemProps, Input, InputNumber, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { ETHNICITIES, GENDERS, PARTIES, POSITIONS } from '../../../../domain/members';
import { beijingNow } from '../../components/pickerTime';
import { type MemberProfile, type Option, useCatalogueOptions } from './api';
import { birthDateRule, idNumberRule, phoneRule } from './member-form-values';

type FieldDef = Omit<FormItemProps, 'children'> & { name: string; control: ReactNode };

const opts = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
/** `whitespace` only on text: async-validator would treat a select's number value as a non-string. */
const required = (message: string) => [{ required: true, message }];
const requiredText = (message: string) => [{ required: true, whitespace: true, message }];
const maxLength = (label: string, max: number) => [{ max, message: `${label}不能超过 ${max} 个字` }];

function select(options: { value: string | number; label: string }[] | undefined, clearable = false) {
  return <Select options={options ?? []} allowClear={clearable} showSearch={{ optionFilterProp: 'label' }} />;
}

/** On edit the whole numbers are never loaded: the masked copy is shown and a blank field keeps it. */
const keepHint = (member: MemberProfile | undefined, masked: string | null | undefined) =>
  member ? `当前 ${masked ?? '未填写'}，留空则不修改` : undefined;

function fieldDefs(
  member: MemberProfile | undefined,
  catalogues: Record<string, Option[] | undefined>,
): FieldDef[] {
  return [
    {
      name: 'name',
      label: '姓名',
      rules: [...requiredText('请填写姓名'), ...maxLength('姓名', 32)],
      control: <Input />,
    },
    { name: 'gender', label: '性别', rules: required('请选择性别'), control: select(opts(GENDERS)) },
    {
      ...{ name: 'birthDate', label: '出生日期', dependencies: ['idNumber'], rules: [birthDateRule] },
      control: <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(beijingNow())} />,
    },
    { name: 'ethnicity', label: '民族', rules: required('请选择民族'), control: select(opts(ETHNICITIES)) },
    { name: 'party', label: '党派', rules: required('请选择党派'), control: select(opts(PARTIES)) },
    { name: 'sectorId', label: '界别', rules: required('请选择界别'), control: select(catalogues.sectors) },
    { name: 'position', label: '职务', rules: required('请选择职务'), control: select(opts(POSITIONS)) },
    { name: 'specialCommitteeId', label: '专门委员会', control: select(catalogues.specialCommittees, true) },
    { name: 'liaisonGroupId', label: '联络组', control: select(catalogues.liaisonGroups, true) },
    { name: 'termId', label: '届次', control: select(catalogues.terms, true) },
    { name: 'employer', label: '工作单位', rules: maxLength('工作单位', 100), control: <Input /> },
    { name: 'jobTitle', label: '职务职称', rules: maxLength('职务职称', 100), control: <Input /> },
    {
      ...{ name: 'phone', label: '手机号', rules: [phoneRule], extra: keepHint(member, member?.phoneMasked) },
      control: <Input inputMode="numeric" maxLength={11} autoComplete="off" />,
    },
    {
      ...{ name: 'idNumber', label: '身份证号', rules: [idNumberRule] },
      extra: keepHint(member, member?.idNumberMasked),
      control: <Input maxLength={18} autoComplete="off" />,
    },
    {
      ...{ name: 'officialOrder', label: '官方排序', tooltip: '同一职务内按此数字从小到大排列' },
      rules: [{ required: true, message: '请填写官方排序' }],
      control: <InputNumber min={0} max={99_999} precision={0} style={{ width: '100%' }} />,
    },
  ];
}

/** Every member field in a grid: three columns on a wide screen, one on a phone. */
export function MemberFormFields({ member }: { member?: MemberProfile }) {
  const catalogues = {
    sectors: useCatalogueOptions('sectors').data,
    specialCommittees: useCatalogueOptions('special-committees').data,
    liaisonGroups: useCatalogueOptions('liaison-groups').data,
    terms: useCatalogueOptions('terms').data,
  };
  return (
    <Row gutter={16}>
      {fieldDefs(member, catalogues).map(({ control, ...item }) => (
        <Col key={item.name} xs={24} md={12} xl={8}>
          <Form.Item {...item}>{control}</Form.Item>
        </Col>
      ))}
    </Row>
  );
}
