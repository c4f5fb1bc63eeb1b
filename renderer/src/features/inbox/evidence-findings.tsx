import { Button } from 'antd';
import { useEffect } from 'react';
import { severityLabels } from '#shared/rules/index.ts';
import type { ClaimEvidenceCheck } from '../../data/evidence-check/background-check.ts';
import { useSession } from '../../ui/session-context.tsx';
import { go } from '../../ui/use-hash-route.ts';
import { useObservable } from '../../ui/use-observable.ts';

const notYet: ClaimEvidenceCheck = { status: 'waiting', findings: [], checks: new Map() };

/**
 * What the evidence check found on this claim's files (issue 19), under the rules' findings:
 * each with its message and citation; a reuse names the other claims and opens each one here,
 * in the same three panes, where its own finding leads back. Opening a claim whose files are not
 * read yet asks for them first and shows 正在识别证明材料 until they are.
 */
export function EvidenceFindings({ claimId }: { readonly claimId: string }) {
  const { evidenceCheck } = useSession();
  useEffect(() => evidenceCheck.checkNow(claimId), [evidenceCheck, claimId]);
  const check = useObservable(() => evidenceCheck.watch(claimId), [evidenceCheck, claimId], notYet);
  return (
    <>
      {check.status === 'checking' && (
        <p role="status" className="claim-note">
          正在识别证明材料…识别完成后，核对结果显示在这里。
        </p>
      )}
      {check.findings.length > 0 && (
        <ul aria-label="证明材料检查结果" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {check.findings.map((finding, index) => (
            <li key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`}>
              <span className="finding-level">{severityLabels[finding.severity]}</span>
              {finding.message}
              <div className="finding-citation">依据：{finding.citation}</div>
              {finding.relatedClaimIds?.map((other) => (
                <Button
                  key={other}
                  size="small"
                  style={{ marginTop: 4, marginRight: 8 }}
                  onClick={() => go(`inbox/${encodeURIComponent(other)}`)}
                >
                  打开申报 {other}
                </Button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
