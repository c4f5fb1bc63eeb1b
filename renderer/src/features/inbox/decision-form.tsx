import { Alert, App, Button, Checkbox, Input, Select, Space } from 'antd';
import {
  forwardRef,
  memo,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import {
  decisionProblem,
  isCreditableHours,
  maxCreditedHours,
  type DecisionOutcome,
  type Hours,
} from '#shared/contract/index.ts';
import type { ClaimDecision } from '../../data/review/actions.ts';
import { HoursInput } from './hours-input.tsx';
import { RowTag } from '../../ui/row-tag.tsx';
import { ShortcutHint } from '../../ui/shortcut-hint.tsx';
import { useShortcutProps, type DecisionKeys } from '../../ui/shortcuts.ts';
import { commonRejectReasons, commonReturnReasons } from './reason-templates.ts';

interface Props {
  /** The claim decided: the form's entries belong to it and start afresh for the next one. */
  readonly claimId: string;
  readonly suggested: Hours;
  readonly disabled: boolean;
  readonly onDecide: (decision: ClaimDecision) => Promise<boolean>;
}

const sameHours = (a: Hours, b: Hours) =>
  a.public === b.public && a.professional === b.professional;

const hourParts = { public: '公需', professional: '专业' } as const;

const reasonOptions = [...commonReturnReasons, ...commonRejectReasons].map((reason) => ({
  value: reason,
  label: reason,
}));

interface Entries {
  readonly claimId: string;
  readonly hours: Hours;
  readonly reason: string;
  readonly integrityMark: boolean;
}

/**
 * 通过 with the rules' hours prefilled (a change needs a reason), 退回 and 不通过 with a reason.
 * The keyboard shortcuts call the same `decide`.
 */
export const DecisionForm = forwardRef<DecisionKeys, Props>(function DecisionForm(
  { claimId, suggested, disabled, onDecide },
  ref,
) {
  const { message } = App.useApp();
  // Kept mounted from claim to claim (J/K): remounting its inputs cost more than the rest of the
  // claim view. Entries made for another claim are simply not this claim's.
  const fresh: Entries = { claimId, hours: suggested, reason: '', integrityMark: false };
  const [stored, setEntries] = useState<Entries>(fresh);
  const entries = stored.claimId === claimId ? stored : fresh;
  const { hours, reason, integrityMark } = entries;
  const change = (next: Partial<Entries>) => setEntries({ ...entries, ...next });
  // A save under way: a second press is ignored; a ref, as nothing is drawn for it.
  const busy = useRef(false);
  const changed = !sameHours(hours, suggested);

  async function decide(outcome: DecisionOutcome) {
    if (disabled || busy.current) return;
    const text = reason.trim();
    // The contract's own checks first, worded for the form: the hours as typed, then a reason.
    if (outcome === 'approve' && !Object.values(hours).every(isCreditableHours)) {
      void message.warning(`认定学时须为 0 到 ${maxCreditedHours} 之间的数字，请改正。`);
      return;
    }
    const problem = decisionProblem({
      targetKind: 'claim',
      outcome,
      reason: text,
      ...(outcome === 'approve' ? { creditedHours: hours } : {}),
    });
    if (problem !== undefined) {
      void message.warning(problem);
      document.getElementById('decision-reason')?.focus();
      return;
    }
    // The unit's own rule, not the contract's: a changed figure is explained.
    if (outcome === 'approve' && changed && text === '') {
      void message.warning('修改了认定学时，请在原因中说明。');
      document.getElementById('decision-reason')?.focus();
      return;
    }
    busy.current = true;
    try {
      const done = await onDecide({
        outcome,
        ...(outcome === 'approve' ? { creditedHours: hours } : {}),
        ...(text === '' ? {} : { reason: text }),
        integrityMark: outcome === 'reject' && integrityMark,
      });
      if (done) setEntries({ ...fresh, hours });
    } finally {
      busy.current = false;
    }
  }

  useImperativeHandle(ref, () => ({ decide: (outcome) => void decide(outcome) }));
  // Stable handlers for the memoised parts below, which then re-render only when their own
  // state changes, not each time J shows the next claim.
  // Updated in the commit itself, so a click right after a change never reaches a stale form.
  const changeHours = (part: keyof Hours, value: number) =>
    change({ hours: { ...hours, [part]: value } });
  const latest = useRef({ decide, change, changeHours });
  useLayoutEffect(() => {
    latest.current = { decide, change, changeHours };
  });
  const decideNow = useCallback(
    (outcome: DecisionOutcome) => void latest.current.decide(outcome),
    [],
  );
  const setReason = useCallback((reason: string) => latest.current.change({ reason }), []);
  const setIntegrityMark = useCallback(
    (integrityMark: boolean) => latest.current.change({ integrityMark }),
    [],
  );
  const setPublic = useCallback((hours: number) => latest.current.changeHours('public', hours), []);
  const setProfessional = useCallback(
    (hours: number) => latest.current.changeHours('professional', hours),
    [],
  );

  return (
    // Plain rows rather than antd's Space, which re-rendered on every claim shown.
    <div className="decision-form">
      <div className="decision-row">
        <span>认定学时：</span>
        {(['public', 'professional'] as const).map((part) => (
          <span key={part}>
            {hourParts[part]}{' '}
            <HoursInput
              label={`认定${hourParts[part]}学时`}
              value={hours[part]}
              onChange={part === 'public' ? setPublic : setProfessional}
            />
          </span>
        ))}
        {changed && <RowTag color="orange">已修改，须说明原因</RowTag>}
      </div>
      <ReasonBox reason={reason} onChange={setReason} />
      <div className="decision-row">
        <ReasonPicker onPick={setReason} />
        <IntegrityMark checked={integrityMark} onChange={setIntegrityMark} />
      </div>
      {disabled && (
        <Alert type="info" showIcon title="该申报已在本机审核，同步前可在“同步”页撤销后重审。" />
      )}
      <DecisionButtons disabled={disabled} onDecide={decideNow} />
    </div>
  );
});

const ReasonBox = memo(function ReasonBox({
  reason,
  onChange,
}: {
  readonly reason: string;
  readonly onChange: (reason: string) => void;
}) {
  return (
    <Input.TextArea
      id="decision-reason"
      aria-label="审核意见"
      placeholder="审核意见或原因（退回、不通过、修改学时时必填）"
      // A fixed height: auto-sizing measured the layout on every claim shown.
      rows={2}
      maxLength={500}
      value={reason}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => event.stopPropagation()}
    />
  );
});

const IntegrityMark = memo(function IntegrityMark({
  checked,
  onChange,
}: {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  return (
    <Checkbox checked={checked} onChange={(event) => onChange(event.target.checked)}>
      申报不实，记入诚信档案（3 年，随“不通过”提交）
    </Checkbox>
  );
});

const ReasonPicker = memo(function ReasonPicker({
  onPick,
}: {
  readonly onPick: (reason: string) => void;
}) {
  return (
    <Select
      aria-label="常用原因"
      placeholder="选择常用原因"
      size="small"
      style={{ width: 260 }}
      value={null}
      onChange={onPick}
      options={reasonOptions}
    />
  );
});

/** No loading state: a save takes milliseconds, and a spinner would rename 通过 "loading 通过". */
const DecisionButtons = memo(function DecisionButtons({
  disabled,
  onDecide,
}: {
  readonly disabled: boolean;
  readonly onDecide: (outcome: DecisionOutcome) => void;
}) {
  const keys = useShortcutProps();
  return (
    <Space>
      <Button
        type="primary"
        disabled={disabled}
        onClick={() => onDecide('approve')}
        {...keys.approve}
      >
        通过
      </Button>
      <Button disabled={disabled} onClick={() => onDecide('return')} {...keys.return}>
        退回
      </Button>
      <Button danger disabled={disabled} onClick={() => onDecide('reject')} {...keys.reject}>
        不通过
      </Button>
      <ShortcutHint />
    </Space>
  );
});
