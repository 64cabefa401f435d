import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { XlsxImport } from '../../components/XlsxImport';
import { refreshProposalLists } from '../../features/proposals/api';

/**
 * 历史提案导入: past years' ledger (编号, 案由, 提案人, 承办单位, 答复类别, 满意度, dates) becomes finished
 * proposals with their real dates, so statistics, similar proposals and unit suggestions have
 * history from the first day.
 */
export function HistoryImportPage() {
  const qc = useQueryClient();
  return (
    <XlsxImport
      intro="将往年的提案办理台账导入为已办结提案（保留原提交、立案、交办、答复日期），用于统计、相似提案查询和承办单位推荐。请先下载导入模板：届次会议、提案人、承办单位、类别须与本委员会的名称一致（见“可选值”工作表），承办单位可注明（主办）（会办）（分办），不注明时第一个为主办。所有行都检查通过才会导入；有任何问题则一行也不导入。"
      templateUrl="/api/proposals/history-template"
      importUrl="/api/proposals/history-import"
      done={(n) => `成功导入 ${n} 件历史提案`}
      doneLink={<Link to="/proposals/all">查看全部提案</Link>}
      onImported={() => void refreshProposalLists(qc)}
    />
  );
}
