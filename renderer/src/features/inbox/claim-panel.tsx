import { App } from 'antd';
import { forwardRef, useEffect } from 'react';
import { markAfterPaint } from '../../ui/perf-marks.ts';
import type { Hours } from '#shared/contract/index.ts';
import { decisionCategoryLabel, decisionStateLabels } from '#shared/labels/index.ts';
import { severityLabels } from '#shared/rules/index.ts';
import { zeroHours } from '#shared/rules/rounding.ts';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import type { ClaimDecision } from '../../data/review/actions.ts';
import { isDecided, type InboxItem } from '../../data/review/inbox-rows.ts';
import { claimFacts } from './claim-facts.ts';
import { DecisionForm } from './decision-form.tsx';
import type { DecisionKeys } from '../../ui/shortcuts.ts';
import { EvidenceFindings } from './evidence-findings.tsx';
import './claim-view.css';
import { PersonBank } from './person-bank.tsx';
import { RowTag } from '../../ui/row-tag.tsx';
import { itemSuggestionLabel, suggestionColors } from '../../ui/words.ts';

interface Props {
  readonly item: InboxItem;
  readonly onDecided: () => void;
}

export const ClaimPanel = forwardRef<DecisionKeys, Props>(function ClaimPanel(
  { item, onDecided },
  ref,
) {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const claim = item.claim;
  useEffect(() => markAfterPaint('ce:claim-shown'), [claim?.id]);
  if (claim === undefined) return null;
  const evaluation = item.evaluation;
  const suggested: Hours = evaluation?.credited ?? zeroHours;
  const decided = isDecided(item);
  const personClaims = snapshot.claimsByStaff.get(claim.staffId) ?? [];
  const personEvaluations = personClaims.flatMap((c) => {
    const evaluation = snapshot.evaluations.get(c.id);
    return evaluation === undefined ? [] : [evaluation];
  });

  async function decide(decision: ClaimDecision): Promise<boolean> {
    if (claim === undefined) return false;
    const result = await session.actions.decideClaim(claim, item.name, decision);
    // No word on success: the next claim appears, and the row shows 待同步.
    if (!result.ok) {
      void message.error(result.error.message);
      return false;
    }
    onDecided();
    return true;
  }

  // Plain markup in antd's card look: antd's Card and Tags re-rendered for milliseconds on every
  // claim shown, a good part of J's budget.
  return (
    <section className="claim-card" data-claim-id={claim.id} aria-label="申报详情">
      <header className="claim-card-head">
        <RowTag color="default">{decisionCategoryLabel(item.category)}</RowTag>
        <span className="claim-title" title={claim.title}>
          {claim.title}
        </span>
        {item.decision !== undefined ? (
          <RowTag color="purple">{decisionStateLabels[item.decision.state]}</RowTag>
        ) : (
          <RowTag color={suggestionColors[item.suggestion]}>
            {itemSuggestionLabel(item.suggestion)}
          </RowTag>
        )}
      </header>
      <div className="claim-card-body">
        {/* Focusable, so the claim's facts scroll from the keyboard too (WCAG 2.1.1). */}
        <div
          role="region"
          aria-label="申报事项与学时"
          tabIndex={0}
          style={{ flex: 1, minHeight: 0, overflow: 'auto' }}
        >
          {/* What the rules and the evidence check found comes first: below the facts, a reviewer
              at 1366 × 768 had to scroll to see that a certificate names someone else. */}
          {evaluation !== undefined && evaluation.findings.length > 0 && (
            <ul aria-label="规则检查结果" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {evaluation.findings.map((finding, index) => (
                <li
                  key={`${finding.code}-${index}`}
                  className={`finding finding-${finding.severity}`}
                >
                  <span className="finding-level">{severityLabels[finding.severity]}</span>
                  {finding.message}
                  <div className="finding-citation">依据：{finding.citation}</div>
                </li>
              ))}
            </ul>
          )}
          <EvidenceFindings claimId={claim.id} />
          <PersonBank
            staff={item.staff}
            claim={claim}
            personClaims={personClaims}
            personEvaluations={personEvaluations}
            rulebook={snapshot.rulebook}
            credited={suggested}
          />
          <dl className="fact-grid">
            {[
              ...claimFacts(claim),
              ['申报年度', String(claim.year)],
              ['规则建议认定', `公需 ${suggested.public} / 专业 ${suggested.professional}`],
            ].map(([label, value]) => (
              <div key={label} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {snapshot.loading && (
            <p className="claim-note">数据仍在下载：此人的其他申报到齐后，规则建议可能随之更新。</p>
          )}
        </div>
        <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
          <DecisionForm
            ref={ref}
            claimId={claim.id}
            suggested={suggested}
            disabled={decided}
            onDecide={decide}
          />
        </div>
      </div>
    </section>
  );
});
