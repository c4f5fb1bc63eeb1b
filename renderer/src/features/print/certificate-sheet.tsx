import type { Certificate } from './certificate.ts';
import { chineseDate, hoursText } from './format.ts';

/** 年度学时证明 as printed: the person, the year's totals, each credited line, the seal. */
export function CertificateSheet({
  certificate,
  issued,
}: {
  certificate: Certificate;
  issued: string;
}) {
  const { person, hours, requirement, missing, year } = certificate;
  const role = person.title === '' ? '专业技术人员' : `专业技术人员（职称：${person.title}）`;
  return (
    <div className="print-sheet">
      <h1>{year}年度专业技术人员继续教育学时证明</h1>
      <p>
        兹证明 <strong>{person.name}</strong>（身份证号：{person.idNumber}）系我单位
        {person.department === '' ? '' : ` ${person.department} `}
        {role}，{year} 年度参加继续教育并经认定的学时如下：
      </p>
      <table aria-label="年度学时">
        <thead>
          <tr>
            <th>科目</th>
            <th>认定学时</th>
            <th>年度要求</th>
            <th>尚缺学时</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>公需科目</td>
            <td>{hoursText(hours.public)}</td>
            <td>不少于 {requirement.public}</td>
            <td>{hoursText(missing.public)}</td>
          </tr>
          <tr>
            <td>专业科目</td>
            <td>{hoursText(hours.professional)}</td>
            <td>不少于 {requirement.professional}</td>
            <td>{hoursText(missing.professional)}</td>
          </tr>
          <tr>
            <td>合计</td>
            <td>{hoursText(hours.total)}</td>
            <td>—</td>
            <td>—</td>
          </tr>
        </tbody>
      </table>
      <p>
        年度完成情况：<strong>{hours.met ? '已达标' : '未达标'}</strong>
        {hours.met
          ? ''
          : `（公需科目尚缺 ${hoursText(missing.public)} 学时，专业科目尚缺 ${hoursText(missing.professional)} 学时）`}
      </p>
      <table aria-label="认定明细">
        <thead>
          <tr>
            <th style={{ width: '7%' }}>序号</th>
            <th>项目名称</th>
            <th style={{ width: '16%' }}>类别</th>
            <th style={{ width: '22%' }}>时间</th>
            <th style={{ width: '11%' }}>公需学时</th>
            <th style={{ width: '11%' }}>专业学时</th>
          </tr>
        </thead>
        <tbody>
          {certificate.lines.length === 0 && (
            <tr>
              <td colSpan={6}>本年度暂无已认定的学时</td>
            </tr>
          )}
          {certificate.lines.map((line, index) => (
            <tr key={`${index}-${line.title}`}>
              <td>{index + 1}</td>
              <td className="print-text">{line.title}</td>
              <td>{line.kind}</td>
              <td>{line.period}</td>
              <td>{hoursText(line.hours.public)}</td>
              <td>{hoursText(line.hours.professional)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>学时以截至出具日已认定（审核通过）的记录为准。特此证明。</p>
      <div className="print-closing">
        <div className="print-seal">
          <div>{certificate.unitName}（盖章）</div>
          <div>{chineseDate(issued)}</div>
        </div>
      </div>
    </div>
  );
}
