import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { XlsxImport } from '../../components/XlsxImport';

/** 委员批量导入: the roster template and its all-or-nothing import. */
export function MemberImportPage() {
  const qc = useQueryClient();
  return (
    <XlsxImport
      intro="请先下载导入模板，按模板填写后上传 .xlsx 文件。界别、专门委员会、联络组须与本委员会的名称一致（见模板中的“可选值”工作表）。所有行都检查通过才会导入；有任何问题则一行也不导入。"
      templateUrl="/api/members/import-template"
      importUrl="/api/members/import"
      done={(n) => `成功导入 ${n} 名委员`}
      doneLink={<Link to="/members">查看委员名录</Link>}
      onImported={() => void qc.invalidateQueries({ queryKey: ['/api/members'] })}
    />
  );
}
